package org.optiviz.core.optim;

import java.util.Map;
/**
 * Adam's first and second moments with bias correction, shared by Adam, AdamW, AdaSmooth and Eve's Adam
 * base.
 *
 * <p>βᵗ is kept as a running product while β stays the same from one step to the next, and recomputed with
 * {@link Math#pow} when β changes (a slider moved) or a step is skipped, so the common path costs one
 * multiplication instead of a power.
 */
final class AdamMoments {
    /** 2⁻⁵⁴: half the spacing of doubles just below 1. */
    private static final double NEGLIGIBLE_POWER = 0x1p-54;
    private double mx;
    private double my;
    private double sx;
    private double sy;
    private final RunningPower beta1Power = new RunningPower();
    private final RunningPower beta2Power = new RunningPower();
    private double stepX;
    private double stepY;
    private double lastInvCorrection1 = 1;
    private double lastInvCorrection2 = 1;

    void reset() {
        mx = 0;
        my = 0;
        sx = 0;
        sy = 0;
        beta1Power.reset();
        beta2Power.reset();
        lastInvCorrection1 = 1;
        lastInvCorrection2 = 1;
    }

    /** The Adam step with constant β₁: moments updated, bias corrected with β₁ᵗ and β₂ᵗ. */
    void step(double gx, double gy, double lr, double beta1, double beta2, double eps, long t, double[] theta) {
        step(gx, gy, lr, beta1, beta1Power.of(beta1, t), beta2, eps, t, theta);
    }

    /**
     * Updates the moments with the gradient (gx, gy) and moves theta by −lr·m̂/(√ŝ + eps), where m̂ is corrected
     * by the given β₁ᵗ. Keeps the effective step size per coordinate, lr/(√ŝ + eps), for {@link #stepX()} and
     * {@link #stepY()}.
     */
    void step(double gx, double gy, double lr, double beta1, double beta1ToT, double beta2, double eps, long t,
              double[] theta) {
        mx = beta1 * mx + (1 - beta1) * gx;
        my = beta1 * my + (1 - beta1) * gy;
        sx = beta2 * sx + (1 - beta2) * gx * gx;
        sy = beta2 * sy + (1 - beta2) * gy * gy;
        // The corrections depend only on t, not on θ: as reciprocals they stay off the step's critical path.
        double invCorrection1 = inverseCorrection(beta1ToT);
        double invCorrection2 = inverseCorrection(beta2Power.of(beta2, t));
        lastInvCorrection1 = invCorrection1;
        lastInvCorrection2 = invCorrection2;
        stepX = lr / (Math.sqrt(sx * invCorrection2) + eps);
        stepY = lr / (Math.sqrt(sy * invCorrection2) + eps);
        theta[0] -= stepX * (mx * invCorrection1);
        theta[1] -= stepY * (my * invCorrection1);
    }

    /** lr/(√ŝ + eps) along x in the latest step. */
    double stepX() {
        return stepX;
    }

    /** lr/(√ŝ + eps) along y in the latest step. */
    double stepY() {
        return stepY;
    }

    /**
     * 1/(1 − βᵗ). Once βᵗ < 2⁻⁵⁴, 1 − βᵗ rounds to exactly 1 in double precision, so the division (the costliest
     * operation of a step) is skipped without changing a bit.
     */
    static double inverseCorrection(double betaToT) {
        return betaToT < NEGLIGIBLE_POWER ? 1 : 1 / (1 - betaToT);
    }

    /** m, s and their bias-corrected m̂, ŝ after the latest step. */
    void putState(Map<String, double[]> state) {
        state.put("m", new double[] {mx, my});
        state.put("s", new double[] {sx, sy});
        state.put("m̂", new double[] {mx * lastInvCorrection1, my * lastInvCorrection1});
        state.put("ŝ", new double[] {sx * lastInvCorrection2, sy * lastInvCorrection2});
    }
}
