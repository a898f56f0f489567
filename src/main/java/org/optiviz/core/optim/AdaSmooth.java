package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * AdaSmooth: Adam whose β₁ follows how much the gradient changes. Δₜ = ‖gₜ − gₜ₋₁‖² (Δ₁ = 0);
 * v ← γv + (1−γ)Δₜ; β₁,ₜ = β₁min + (β₁max − β₁min)·σ(−v); then Adam's moments with β₁,ₜ.
 * As the formula is written σ(−v) ≤ ½, so β₁,ₜ stays in the lower half of its range; it is kept that way and
 * shown as an internal.
 */
final class AdaSmooth extends Optimizer {
    static final int LR = 0;
    static final int BETA1_MIN = 1;
    static final int BETA1_MAX = 2;
    static final int BETA2 = 3;
    static final int GAMMA = 4;
    static final int EPS = 5;
    /** ln(2⁻⁵⁵): below this a power of β cannot change 1 − βᵗ. */
    private static final double NEGLIGIBLE_LOG = -55 * Math.log(2);
    private final AdamMoments moments = new AdamMoments();
    private double prevGx;
    private double prevGy;
    private double v;
    private double boundSeen = Double.NaN;
    private double logBound;

    AdaSmooth() {
        super(3);
    }

    @Override
    public void reset() {
        prevGx = 0;
        prevGy = 0;
        v = 0;
        boundSeen = Double.NaN;
        moments.reset();
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double beta1Min = hp.get(BETA1_MIN);
        double beta1Max = hp.get(BETA1_MAX);
        double gamma = hp.get(GAMMA);
        objective.gradient(theta[0], theta[1], t, g);
        double gx = g[0];
        double gy = g[1];
        double change = 0;
        if (t > 1) {
            double dgx = gx - prevGx;
            double dgy = gy - prevGy;
            change = dgx * dgx + dgy * dgy;
        }
        prevGx = gx;
        prevGy = gy;
        v = gamma * v + (1 - gamma) * change;
        double beta1 = beta1Min + (beta1Max - beta1Min) * sigmoid(-v);
        moments.step(gx, gy, hp.get(LR), beta1, beta1Power(beta1Min, beta1Max, beta1, t), hp.get(BETA2),
                hp.get(EPS), t, theta, internals, 1);
        internals[0] = beta1;
    }

    /**
     * β₁,ₜᵗ. β₁,ₜ changes every step, so it cannot be a running product; but β₁,ₜ never exceeds
     * bound = max(β₁min, (β₁min + β₁max)/2) because σ(−v) ≤ ½, and once boundᵗ < 2⁻⁵⁵ the term is too small to
     * change 1 − β₁,ₜᵗ in double precision (it rounds to exactly 1), so the power is skipped without changing a bit.
     */
    private double beta1Power(double beta1Min, double beta1Max, double beta1, long t) {
        double bound = Math.max(beta1Min, beta1Min + (beta1Max - beta1Min) * 0.5);
        if (bound != boundSeen) {
            boundSeen = bound;
            logBound = Math.log(bound);
        }
        return t * logBound < NEGLIGIBLE_LOG ? 0 : Math.pow(beta1, t);
    }
}
