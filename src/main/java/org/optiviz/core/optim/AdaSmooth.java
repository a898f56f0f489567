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
    private double prevGx;
    private double prevGy;
    private double v;
    private double mx;
    private double my;
    private double sx;
    private double sy;
    private double beta2Pow;
    private double beta2Seen = Double.NaN;
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
        mx = 0;
        my = 0;
        sx = 0;
        sy = 0;
        beta2Seen = Double.NaN;
        boundSeen = Double.NaN;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, long t) {
        double lr = hp.get(LR);
        double beta1Min = hp.get(BETA1_MIN);
        double beta2 = hp.get(BETA2);
        double gamma = hp.get(GAMMA);
        double eps = hp.get(EPS);
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
        double beta1 = beta1Min + (hp.get(BETA1_MAX) - beta1Min) * sigmoid(-v);
        mx = beta1 * mx + (1 - beta1) * gx;
        my = beta1 * my + (1 - beta1) * gy;
        sx = beta2 * sx + (1 - beta2) * gx * gx;
        sy = beta2 * sy + (1 - beta2) * gy * gy;
        double correction1 = 1 - beta1Power(beta1Min, hp.get(BETA1_MAX), beta1, t);
        beta2Pow = beta2 == beta2Seen ? beta2Pow * beta2 : Math.pow(beta2, t);
        beta2Seen = beta2;
        double correction2 = 1 - beta2Pow;
        double stepX = lr / (Math.sqrt(sx / correction2) + eps);
        double stepY = lr / (Math.sqrt(sy / correction2) + eps);
        theta[0] -= stepX * (mx / correction1);
        theta[1] -= stepY * (my / correction1);
        internals[0] = beta1;
        internals[1] = stepX;
        internals[2] = stepY;
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
