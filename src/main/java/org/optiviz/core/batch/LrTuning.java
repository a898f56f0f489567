package org.optiviz.core.batch;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * A fair learning rate for one optimizer, chosen in the open: every lr of a log grid (4 per decade from 10⁻⁵ to the
 * top of lr's range) is run from {@link #STARTS} starts near the race's start (the start itself and the others on a
 * circle of 2 % of the view's diagonal around it), and, when the race has gradient noise or minibatches, with as many
 * seeds (the race's and the following ones). The criterion is the mean over those runs of the final loss above the
 * surface's floor; a run that diverges makes it infinite. The chosen lr has the lowest criterion, the smaller lr among
 * equals. Every other setting stays as given.
 */
public record LrTuning(OptimizerKind kind, double[] candidates, double[] criterion, int[] diverged, int chosen) {
    public static final int STARTS = 8;
    public static final double LOWEST = 1e-5;
    public static final int PER_DECADE = 4;

    /** The grid of candidates for this optimizer: 10⁻⁵ upward, 4 per decade, up to lr's largest allowed value. */
    public static double[] candidates(Hyperparams base) {
        double top = base.spec("lr").max();
        int count = (int) Math.floor(Math.log10(top / LOWEST) * PER_DECADE + 1e-9) + 1;
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = LOWEST * Math.pow(10, (double) k / PER_DECADE);
        }
        values[count - 1] = Math.min(values[count - 1], top);
        return values;
    }

    /** The starts the criterion averages over. */
    public static Point[] starts(Point start, ViewBox view) {
        double radius = 0.02 * Math.hypot(view.width(), view.height());
        Point[] starts = new Point[STARTS];
        starts[0] = start;
        for (int k = 1; k < STARTS; k++) {
            double angle = 2 * Math.PI * (k - 1) / (STARTS - 1);
            starts[k] = new Point(start.x() + radius * Math.cos(angle), start.y() + radius * Math.sin(angle));
        }
        return starts;
    }

    /**
     * Runs every candidate from every start (with every seed when the race is stochastic).
     *
     * @param stochastic whether the race has noise or minibatches, so that seeds are averaged over too
     */
    public static LrTuning compute(Surface surface, double noiseSigma, long noiseSeed, boolean stochastic,
                                   OptimizerKind kind, Hyperparams base, Point start, ViewBox view, int steps,
                                   int threads, BooleanSupplier cancelled, BatchProgress progress) {
        if (!base.has("lr")) {
            throw new IllegalArgumentException(kind.key() + " has no learning rate to tune");
        }
        double[] lrs = candidates(base);
        Point[] starts = starts(start, view);
        int seeds = stochastic ? STARTS : 1;
        int n = lrs.length * starts.length;
        Hyperparams[] settings = new Hyperparams[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int c = 0; c < lrs.length; c++) {
            Hyperparams with = base.with("lr", lrs[c]);
            for (int s = 0; s < starts.length; s++) {
                settings[c * starts.length + s] = with;
                xs[c * starts.length + s] = starts[s].x();
                ys[c * starts.length + s] = starts[s].y();
            }
        }
        double[] sum = new double[lrs.length];
        int[] diverged = new int[lrs.length];
        long total = (long) n * steps * seeds;
        for (int seed = 0; seed < seeds; seed++) {
            long before = (long) n * steps * seed;
            BatchJob job = new BatchJob(surface, noiseSigma, noiseSeed + seed,
                    new org.optiviz.core.optim.LaneSettings(kind, settings), xs, ys, steps,
                    BatchJob.DEFAULT_SETTLE_TOLERANCE);
            BatchResult result = BatchEngine.run(job, threads, cancelled,
                    (done, all) -> progress.progress(before + done, total));
            for (int run = 0; run < n; run++) {
                int c = run / starts.length;
                if (result.status(run) == RunStatus.DIVERGED) {
                    diverged[c]++;
                    sum[c] = Double.POSITIVE_INFINITY;
                } else {
                    sum[c] += Math.max(0, result.loss(run) - surface.floor());
                }
            }
        }
        double[] criterion = new double[lrs.length];
        int chosen = 0;
        for (int c = 0; c < lrs.length; c++) {
            criterion[c] = sum[c] / (starts.length * seeds);
            if (criterion[c] < criterion[chosen]) {
                chosen = c;
            }
        }
        return new LrTuning(kind, lrs, criterion, diverged, chosen);
    }

    public double chosenLr() {
        return candidates[chosen];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LrTuning other && kind == other.kind && chosen == other.chosen
                && Arrays.equals(candidates, other.candidates) && Arrays.equals(criterion, other.criterion)
                && Arrays.equals(diverged, other.diverged);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(criterion) * 31 + chosen;
    }

    @Override
    public String toString() {
        return kind.key() + " lr " + chosenLr();
    }
}
