package org.optiviz.core.optim;

import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.Minibatches;
import org.optiviz.core.surface.Surface;

/**
 * What an optimizer sees of a surface: its value and its gradient (for a data model, step t's minibatch's), plus
 * optional Gaussian gradient noise g ← g + σ·z whose z depends only on the seed and the step, so every run of a
 * race gets the same noise and the same batches.
 */
public final class Objective {
    private final Surface surface;
    private final double sigma;
    private final long seed;
    private final double[] noise = new double[2];
    /** A data model's minibatches, drawn from this race's seed; null for full batches and every other problem. */
    private final Minibatches batches;
    /**
     * The last point asked for and f there, {x, y, f}: every run of a race restarts at the same point, and a data
     * model's f costs a pass over all its rows. Replaced whole, so threads never see half of one.
     */
    private volatile double[] lastValue;

    public Objective(Surface surface, double sigma, long seed) {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("noise sigma must be a finite number >= 0, got " + sigma);
        }
        this.surface = surface;
        this.sigma = sigma;
        this.seed = seed;
        this.batches = surface instanceof DataModel model && model.batchSize() < model.data().size()
                ? model.minibatches(seed) : null;
    }

    public static Objective noiseless(Surface surface) {
        return new Objective(surface, 0, 0);
    }

    public Surface surface() {
        return surface;
    }

    public double sigma() {
        return sigma;
    }

    public long seed() {
        return seed;
    }

    public double value(double x, double y) {
        double[] last = lastValue;
        if (last != null && Double.doubleToRawLongBits(last[0]) == Double.doubleToRawLongBits(x)
                && Double.doubleToRawLongBits(last[1]) == Double.doubleToRawLongBits(y)) {
            return last[2];
        }
        double f = surface.value(x, y);
        lastValue = new double[] {x, y, f};
        return f;
    }

    /**
     * Whether steps see minibatches of a data model smaller than the data: then a step's recorded loss is its
     * batch's ({@link #stepLoss}) and the full-batch loss is {@link #value}, computed only where it is shown.
     */
    public boolean minibatched() {
        return batches != null;
    }

    /**
     * The loss a run records after step t at its new point: f(x, y), or with minibatches the mean loss over step
     * t's batch, so that a step costs O(m), not O(N). It depends only on the point and the step, like the
     * gradient, so a path and its losses come out the same wherever the race is stepped.
     */
    public double stepLoss(double x, double y, long t) {
        return batches != null ? ((DataModel) surface).batchLoss(x, y, batches, t) : surface.value(x, y);
    }

    /** The rows of step t's minibatch, or null without minibatches. */
    public int[] batchRows(long t) {
        return batches != null && t >= 1 ? ((DataModel) surface).batchRows(batches, t) : null;
    }

    /** The gradient seen at step t (a minibatch's, and with noise when asked), written into out. */
    public void gradient(double x, double y, long t, double[] out) {
        if (batches != null) {
            ((DataModel) surface).batchGradient(x, y, batches, t, out);
        } else {
            surface.gradient(x, y, out);
        }
        if (sigma > 0) {
            GaussianNoise.pair(seed, t, noise);
            out[0] += sigma * noise[0];
            out[1] += sigma * noise[1];
        }
    }
}
