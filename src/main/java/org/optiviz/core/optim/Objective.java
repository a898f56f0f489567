package org.optiviz.core.optim;

import org.optiviz.core.surface.Surface;

/**
 * What an optimizer sees of a surface: its value and its gradient, plus optional Gaussian gradient noise
 * g ← g + σ·z whose z depends only on the seed and the step, so every run of a race gets the same noise.
 */
public final class Objective {
    private final Surface surface;
    private final double sigma;
    private final long seed;
    private final double[] noise = new double[2];

    public Objective(Surface surface, double sigma, long seed) {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("noise sigma must be a finite number >= 0, got " + sigma);
        }
        this.surface = surface;
        this.sigma = sigma;
        this.seed = seed;
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
        return surface.value(x, y);
    }

    /** The (possibly noisy) gradient seen at step t, written into out. */
    public void gradient(double x, double y, long t, double[] out) {
        surface.gradient(x, y, out);
        if (sigma > 0) {
            GaussianNoise.pair(seed, t, noise);
            out[0] += sigma * noise[0];
            out[1] += sigma * noise[1];
        }
    }
}
