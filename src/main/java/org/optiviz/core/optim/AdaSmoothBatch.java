package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AdaSmooth} for many runs: β₁,ₜ follows the gradient change v, run by run. */
final class AdaSmoothBatch extends BatchRule {
    /** ln(2⁻⁵⁵), as {@link AdaSmooth} skips a power that cannot change 1 − β₁,ₜᵗ. */
    private static final double NEGLIGIBLE_LOG = -55 * Math.log(2);
    private static final AdaSmooth.Beta1Map[] MAPS = AdaSmooth.Beta1Map.values();
    private final double[] beta1Min = column("beta1_min");
    private final double[] beta1Max = column("beta1_max");
    private final double[] beta2 = column("beta2");
    private final double[] gamma = column("gamma");
    private final double[] eps = column("eps");
    private final double[] beta1Map = column("beta1_map");
    private final double[] prevGx = new double[n];
    private final double[] prevGy = new double[n];
    private final double[] v = new double[n];
    private final double[] logBound = new double[n];
    private final AdamMomentsBatch moments = new AdamMomentsBatch(n, false, false);

    AdaSmoothBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(prevGx, from, to, 0);
        Arrays.fill(prevGy, from, to, 0);
        Arrays.fill(v, from, to, 0);
        moments.reset(from, to);
        for (int i = from; i < to; i++) {
            double scale = scale(i);
            logBound[i] = Math.log(Math.max(beta1Min[i], beta1Min[i] + (beta1Max[i] - beta1Min[i]) * (scale * 0.5)));
        }
    }

    /** The factor of σ(−v) of this run's β₁ map: 1 for seed, 2 for full. */
    private double scale(int i) {
        return MAPS[(int) beta1Map[i]] == AdaSmooth.Beta1Map.SEED ? 1 : 2;
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double gX = gx[i];
            double gY = gy[i];
            double change = 0;
            if (t > 1) {
                double dgx = gX - prevGx[i];
                double dgy = gY - prevGy[i];
                change = dgx * dgx + dgy * dgy;
            }
            prevGx[i] = gX;
            prevGy[i] = gY;
            double g = gamma[i];
            v[i] = g * v[i] + (1 - g) * change;
            double beta1 = beta1Min[i] + (beta1Max[i] - beta1Min[i]) * (scale(i) * Optimizer.sigmoid(-v[i]));
            double beta1ToT = t * logBound[i] < NEGLIGIBLE_LOG ? 0 : Math.pow(beta1, t);
            moments.stepLane(i, gX, gY, lr[i], beta1, beta1ToT, beta2[i], eps[i], x, y);
        }
    }
}
