package org.optiviz.plot.sweep;

import org.optiviz.core.batch.BatchResult;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.ColorMap;
import org.optiviz.plot.draw.Argb;

/**
 * The colour of every cell of a sweep and the range its key spans. By final loss: log₁₀ of the loss above the floor,
 * viridis from the best cell (dark blue) up to the loss at the start, a cell that ended higher than it began in the
 * top colour, no more than 30 decades shown. By steps: the steps to settle, viridis from the fewest (dark blue) to
 * the most, grey for a run that never settled. Diverged cells are near black either way.
 *
 * @param lo the value at the bottom of the key (a log₁₀ loss, or steps)
 * @param hi the value at its top
 */
public record SweepColours(int[] rows, double lo, double hi, SweepColouring colouring) {
    public static final int DIVERGED = Argb.rgb(0x202124);
    public static final int NOT_SETTLED = Argb.rgb(0xb0b4b8);
    private static final double TINY = 1e-300;

    /** The pixels of the cells, top row first, as a raster of x.n × y.n. */
    public static SweepColours of(SweepField field) {
        Sweep sweep = field.sweep();
        BatchResult result = sweep.result();
        int n = sweep.settings().length;
        double[] level = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean steps = field.colouring() == SweepColouring.STEPS;
        for (int run = 0; run < n; run++) {
            level[run] = steps ? result.settledAt(run) : level(result.loss(run), field.floor());
            if (result.status(run) != RunStatus.DIVERGED && (!steps || level[run] >= 0)) {
                lo = Math.min(lo, level[run]);
                hi = Math.max(hi, level[run]);
            }
        }
        if (!steps) {
            hi = Math.min(hi, level(field.startLoss(), field.floor()));
            lo = Math.max(lo, hi - 30);
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo : 0;
            hi = lo + 1;
        }
        int cols = sweep.x().n();
        int[] pixels = new int[n];
        for (int row = 0; row < sweep.y().n(); row++) {
            int j = sweep.y().n() - 1 - row;
            for (int i = 0; i < cols; i++) {
                int run = sweep.run(i, j);
                int colour;
                if (result.status(run) == RunStatus.DIVERGED) {
                    colour = DIVERGED;
                } else if (steps && level[run] < 0) {
                    colour = NOT_SETTLED;
                } else {
                    colour = ColorMap.viridis(Math.max(0, Math.min(1, (level[run] - lo) / (hi - lo))));
                }
                pixels[row * cols + i] = colour;
            }
        }
        return new SweepColours(pixels, lo, hi, field.colouring());
    }

    /** log₁₀ of the loss above the floor (a loss at the floor is 10⁻³⁰⁰). */
    public static double level(double loss, double floor) {
        return Math.log10(Math.max(loss - floor, 0) + TINY);
    }
}
