package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Eve} for many runs: each run's loss feedback scales its own αₜ, then an SGD or Adam step with it. */
final class EveBatch extends BatchRule {
    private static final double LOSS_FLOOR = 1e-12;
    private static final Eve.Base[] BASES = Eve.Base.values();
    private final double[] beta = column("beta");
    private final double[] gamma = column("gamma");
    private final double[] k = column("k");
    private final double[] eps = column("eps");
    private final double[] base = column("base");
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] prevLoss = new double[n];
    private final double[] d = new double[n];
    private final double[] v = new double[n];
    private final AdamMomentsBatch moments = new AdamMomentsBatch(settings);

    EveBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(prevLoss, from, to, 0);
        Arrays.fill(d, from, to, 1);
        Arrays.fill(v, from, to, 0);
        moments.reset(from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        double floor = objective.surface().floor();
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double b = beta[i];
            double g = gamma[i];
            double e = eps[i];
            double above = Math.max(loss[i] - floor, LOSS_FLOOR);
            double r = t == 1 ? 1 : prevLoss[i] / above;
            prevLoss[i] = above;
            d[i] = b * d[i] + (1 - b) * r;
            double rd = r - d[i];
            v[i] = g * v[i] + (1 - g) * rd * rd;
            double alpha = lr[i] * Optimizer.sigmoid(k[i] * (d[i] - 1) / Math.sqrt(v[i] + e));
            if (BASES[(int) base[i]] == Eve.Base.ADAM) {
                double b1 = beta1[i];
                moments.beta1Power[i] *= b1;
                moments.stepLane(i, gx[i], gy[i], alpha, b1, moments.beta1Power[i], beta2[i], e, x, y);
            } else {
                x[i] -= alpha * gx[i];
                y[i] -= alpha * gy[i];
            }
        }
    }
}
