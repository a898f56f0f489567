package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Lion} for many runs: each coordinate moves by lr against the sign of the interpolated momentum. */
final class LionBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] weightDecay = column("weight_decay");
    private final double[] mx = new double[n];
    private final double[] my = new double[n];

    LionBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(mx, from, to, 0);
        Arrays.fill(my, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double rate = lr[i];
            double b1 = beta1[i];
            double b2 = beta2[i];
            double decay = weightDecay[i];
            double gX = gx[i];
            double gY = gy[i];
            double cx = b1 * mx[i] + (1 - b1) * gX;
            double cy = b1 * my[i] + (1 - b1) * gY;
            x[i] -= rate * (Math.signum(cx) + decay * x[i]);
            y[i] -= rate * (Math.signum(cy) + decay * y[i]);
            mx[i] = b2 * mx[i] + (1 - b2) * gX;
            my[i] = b2 * my[i] + (1 - b2) * gY;
        }
    }
}
