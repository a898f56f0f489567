package org.optiviz.core.optim;

import java.util.Arrays;

/**
 * {@link AdamMoments} for many runs: Adam's moments with bias correction, shared by the batch rules of Adam, AdamW,
 * AdaSmooth and Eve. β₂ᵗ is a running product per run; β₁ᵗ comes from the caller (a running product, or AdaSmooth's
 * own power of a changing β₁).
 */
final class AdamMomentsBatch {
    final double[] mx;
    final double[] my;
    final double[] sx;
    final double[] sy;
    /** β₁ᵗ per run, for the callers whose β₁ is fixed. */
    final double[] beta1Power;
    private final double[] beta2Power;
    /** 1/(1 − β₁ᵗ) of the current step, per run. */
    final double[] invCorrection1;
    private final double[] invCorrection2;

    /** Whether every run has the same β₁ (β₂): its power and correction are then worked out once per step. */
    private final boolean beta1Shared;
    private final boolean beta2Shared;
    /**
     * Whether every run also has the same eps, lr and schedule: then a step's scalars are read once, and the powers
     * and corrections kept in the first run's slot only.
     */
    private final boolean allShared;

    /** For rules whose β₁ and β₂ are the hyperparameters "beta1" and "beta2". */
    AdamMomentsBatch(LaneSettings settings) {
        this(settings.size(), settings.uniform("beta1"), settings.uniform("beta2"),
                settings.uniform("beta1") && settings.uniform("beta2") && settings.uniform("eps")
                        && settings.lrUniform());
    }

    /** For rules whose β₁ changes run by run and step by step (AdaSmooth), or whose β₂ is shared or not. */
    AdamMomentsBatch(int n, boolean beta1Shared, boolean beta2Shared) {
        this(n, beta1Shared, beta2Shared, false);
    }

    private AdamMomentsBatch(int n, boolean beta1Shared, boolean beta2Shared, boolean allShared) {
        this.beta1Shared = beta1Shared;
        this.beta2Shared = beta2Shared;
        this.allShared = allShared;
        mx = new double[n];
        my = new double[n];
        sx = new double[n];
        sy = new double[n];
        beta1Power = new double[n];
        beta2Power = new double[n];
        invCorrection1 = new double[n];
        invCorrection2 = new double[n];
    }

    void reset(int from, int to) {
        Arrays.fill(mx, from, to, 0);
        Arrays.fill(my, from, to, 0);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        BatchRule.ones(beta1Power, from, to);
        BatchRule.ones(beta2Power, from, to);
    }

    /** β₁ᵗ ← β₁ᵗ⁻¹·β₁ for each run and its inverse correction, as {@link AdamMoments}'s running product. */
    void advanceBeta1(double[] beta1, int from, int to) {
        advance(beta1, beta1Power, invCorrection1, beta1Shared, allShared, from, to);
    }

    /**
     * βᵗ ← βᵗ⁻¹·β and 1/(1 − βᵗ) for each run; when every run has the same β their powers are equal (they all
     * started at step 1 together), so the first run's is worked out and copied to the others.
     */
    private static void advance(double[] beta, double[] power, double[] inverse, boolean shared, boolean firstOnly,
                                int from, int to) {
        if (from >= to) {
            return;
        }
        if (shared) {
            double p = power[from] * beta[from];
            double inv = AdamMoments.inverseCorrection(p);
            power[from] = p;
            inverse[from] = inv;
            if (!firstOnly) {
                Arrays.fill(power, from + 1, to, p);
                Arrays.fill(inverse, from + 1, to, inv);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            power[i] *= beta[i];
            inverse[i] = AdamMoments.inverseCorrection(power[i]);
        }
    }

    /**
     * The Adam step of {@link AdamMoments#step} for each run, with the inverse corrections for β₁ already in
     * {@link #invCorrection1}: moments updated, θ moved by −lr·m̂/(√ŝ + eps).
     */
    void step(double[] gx, double[] gy, double[] lr, double[] beta1, double[] beta2, double[] eps, double[] x,
              double[] y, int from, int to) {
        advance(beta2, beta2Power, invCorrection2, beta2Shared, allShared, from, to);
        if (allShared && from < to) {
            double b1 = beta1[from];
            double b2 = beta2[from];
            LaneLoops.average(mx, gx, b1, from, to);
            LaneLoops.average(my, gy, b1, from, to);
            LaneLoops.averageSquare(sx, gx, b2, from, to);
            LaneLoops.averageSquare(sy, gy, b2, from, to);
            LaneLoops.adamMove(x, mx, sx, lr[from], eps[from], invCorrection1[from], invCorrection2[from], from, to);
            LaneLoops.adamMove(y, my, sy, lr[from], eps[from], invCorrection1[from], invCorrection2[from], from, to);
            return;
        }
        LaneLoops.average(mx, gx, beta1, from, to);
        LaneLoops.average(my, gy, beta1, from, to);
        LaneLoops.averageSquare(sx, gx, beta2, from, to);
        LaneLoops.averageSquare(sy, gy, beta2, from, to);
        LaneLoops.adamMove(x, mx, sx, lr, eps, invCorrection1, invCorrection2, from, to);
        LaneLoops.adamMove(y, my, sy, lr, eps, invCorrection1, invCorrection2, from, to);
    }

    /**
     * The same step for run i alone, for rules whose β₁ or learning rate is worked out run by run (AdaSmooth, Eve):
     * β₂ᵗ advanced, moments updated with the given β₁ᵗ, θ moved.
     */
    void stepLane(int i, double gX, double gY, double lr, double b1, double beta1ToT, double b2, double eps,
                  double[] x, double[] y) {
        beta2Power[i] *= b2;
        mx[i] = b1 * mx[i] + (1 - b1) * gX;
        my[i] = b1 * my[i] + (1 - b1) * gY;
        sx[i] = b2 * sx[i] + (1 - b2) * gX * gX;
        sy[i] = b2 * sy[i] + (1 - b2) * gY * gY;
        double inv1 = AdamMoments.inverseCorrection(beta1ToT);
        double inv2 = AdamMoments.inverseCorrection(beta2Power[i]);
        double stepX = lr / (Math.sqrt(sx[i] * inv2) + eps);
        double stepY = lr / (Math.sqrt(sy[i] * inv2) + eps);
        x[i] -= stepX * (mx[i] * inv1);
        y[i] -= stepY * (my[i] * inv1);
    }
}
