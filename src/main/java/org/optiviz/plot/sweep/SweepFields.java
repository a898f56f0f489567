package org.optiviz.plot.sweep;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.optiviz.core.batch.BatchProgress;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Computes the sweep the sweep layout shows: the race's one optimizer from the race's start, with its other
 * settings, noise and seed, for the race's step limit (at most {@link #MAX_STEPS}). The window and {@code render
 * --scenario} both come through here, so they draw the same cells.
 */
public final class SweepFields {
    /** The longest run a cell steps, whatever the race's step limit: keeps a 64×64 sweep to about a second. */
    public static final int MAX_STEPS = 2000;

    private SweepFields() {
    }

    /** The steps a sweep runs for a race with this step limit. */
    public static int steps(long stepLimit) {
        return (int) Math.min(MAX_STEPS, Math.max(1, stepLimit));
    }

    /**
     * The sweep of one run of the race over these axes; throws {@link java.util.concurrent.CancellationException}
     * when cancelled, IllegalArgumentException when an axis leaves the optimizer's range.
     */
    public static SweepField compute(Surface surface, Point start, double noiseSigma, long noiseSeed,
                                     OptimizerKind kind, Hyperparams base, SweepAxis x, SweepAxis y,
                                     SweepColouring colouring, int steps, int threads, BooleanSupplier cancelled,
                                     SweepWords words, String optimizerName, String problemName) {
        Sweep sweep = Sweep.compute(surface, noiseSigma, noiseSeed, kind, base, x, y, start, steps, threads,
                cancelled, BatchProgress.NONE);
        return field(sweep, surface, colouring, words, optimizerName, problemName);
    }

    /** The picture's field of a computed sweep, with theory's boundary where theory has one. */
    public static SweepField field(Sweep sweep, Surface surface, SweepColouring colouring, SweepWords words,
                                   String optimizerName, String problemName) {
        Point start = sweep.start();
        String template = colouring == SweepColouring.STEPS ? words.stepsTitle() : words.lossTitle();
        String title = String.format(Locale.ROOT, template, optimizerName, problemName, sweep.steps(),
                String.valueOf(start.x()), String.valueOf(start.y()));
        return new SweepField(sweep, surface.floor(), surface.value(start.x(), start.y()), colouring,
                TheoryBoundary.of(surface, sweep.kind(), sweep.base(), sweep.x().key(), sweep.y().key()), title,
                words);
    }
}
