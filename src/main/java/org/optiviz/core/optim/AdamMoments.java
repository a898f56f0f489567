package org.optiviz.core.optim;

/**
 * Adam's first and second moments with bias correction, shared by Adam, AdamW and Eve's Adam base.
 *
 * <p>βᵗ is kept as a running product while β stays the same from one step to the next, and recomputed with
 * {@link Math#pow} when β changes (a slider moved) or a step is skipped, so the common path costs one
 * multiplication instead of a power.
 */
final class AdamMoments {
    private double mx;
    private double my;
    private double sx;
    private double sy;
    private double beta1Seen = Double.NaN;
    private double beta2Seen = Double.NaN;
    private double beta1Pow;
    private double beta2Pow;
    private long powStep;

    void reset() {
        mx = 0;
        my = 0;
        sx = 0;
        sy = 0;
        beta1Seen = Double.NaN;
        beta2Seen = Double.NaN;
        powStep = 0;
    }

    /**
     * Updates the moments with the gradient (gx, gy) and moves theta by −lr·m̂/(√ŝ + eps). Writes the effective
     * step size per coordinate, lr/(√ŝ + eps), into internals at {@code at} and {@code at + 1}.
     */
    void step(double gx, double gy, double lr, double beta1, double beta2, double eps, long t, double[] theta,
              double[] internals, int at) {
        mx = beta1 * mx + (1 - beta1) * gx;
        my = beta1 * my + (1 - beta1) * gy;
        sx = beta2 * sx + (1 - beta2) * gx * gx;
        sy = beta2 * sy + (1 - beta2) * gy * gy;
        boolean consecutive = t == powStep + 1;
        beta1Pow = consecutive && beta1 == beta1Seen ? beta1Pow * beta1 : Math.pow(beta1, t);
        beta2Pow = consecutive && beta2 == beta2Seen ? beta2Pow * beta2 : Math.pow(beta2, t);
        beta1Seen = beta1;
        beta2Seen = beta2;
        powStep = t;
        // The corrections depend only on t, not on θ: as reciprocals they stay off the step's critical path.
        double invCorrection1 = 1 / (1 - beta1Pow);
        double invCorrection2 = 1 / (1 - beta2Pow);
        double stepX = lr / (Math.sqrt(sx * invCorrection2) + eps);
        double stepY = lr / (Math.sqrt(sy * invCorrection2) + eps);
        theta[0] -= stepX * (mx * invCorrection1);
        theta[1] -= stepY * (my * invCorrection1);
        internals[at] = stepX;
        internals[at + 1] = stepY;
    }
}
