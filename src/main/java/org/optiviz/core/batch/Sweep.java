package org.optiviz.core.batch;

import java.util.function.BooleanSupplier;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Two hyperparameters of one optimizer on a grid, every other setting as given, each cell run from one start for a
 * number of steps: the race's run with that cell's settings. Cell (i, j) is run j·x.n + i.
 */
public record Sweep(OptimizerKind kind, Hyperparams base, SweepAxis x, SweepAxis y, Point start, int steps,
                    Hyperparams[] settings, BatchResult result) {

    /**
     * The settings of every cell, checked by the optimizer's own ranges.
     *
     * @throws IllegalArgumentException naming the key and value an axis leaves outside its range
     */
    public static Hyperparams[] cells(Hyperparams base, SweepAxis x, SweepAxis y) {
        if (x.key().equals(y.key())) {
            throw new IllegalArgumentException("the two axes sweep the same hyperparameter '" + x.key() + "'");
        }
        for (SweepAxis axis : new SweepAxis[] {x, y}) {
            if (!base.has(axis.key())) {
                throw new IllegalArgumentException("no hyperparameter '" + axis.key() + "'");
            }
            if (base.spec(axis.key()).isChoice()) {
                throw new IllegalArgumentException("'" + axis.key() + "' is a choice, not a number");
            }
        }
        Hyperparams[] cells = new Hyperparams[x.n() * y.n()];
        for (int j = 0; j < y.n(); j++) {
            for (int i = 0; i < x.n(); i++) {
                try {
                    cells[j * x.n() + i] = base.with(x.key(), valueFor(base, x, i)).with(y.key(), valueFor(base, y, j));
                } catch (InvalidParamException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            }
        }
        return cells;
    }

    /** Value k of an axis as the optimizer takes it: a step count (warm-up, decay period) rounded to a whole one. */
    public static double valueFor(Hyperparams base, SweepAxis axis, int k) {
        double value = axis.value(k);
        return base.spec(axis.key()).wholeNumber() ? Math.rint(value) : value;
    }

    /** Runs every cell; throws {@link java.util.concurrent.CancellationException} when cancelled. */
    public static Sweep compute(Surface surface, double noiseSigma, long noiseSeed, OptimizerKind kind,
                                Hyperparams base, SweepAxis x, SweepAxis y, Point start, int steps, int threads,
                                BooleanSupplier cancelled, BatchProgress progress) {
        Hyperparams[] settings = cells(base, x, y);
        BatchJob job = BatchJob.ofSettings(surface, noiseSigma, noiseSeed, kind, settings, start, steps);
        return new Sweep(kind, base, x, y, start, steps, settings,
                BatchEngine.run(job, threads, cancelled, progress));
    }

    public int run(int i, int j) {
        return j * x.n() + i;
    }
}
