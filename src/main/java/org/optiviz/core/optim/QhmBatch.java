package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Qhm} for many runs: a weighted average of the plain gradient and a momentum buffer. */
final class QhmBatch extends BatchRule {
    private final double[] beta = column("beta");
    private final double[] nu = column("nu");
    private final double[] bx = new double[n];
    private final double[] by = new double[n];

    QhmBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(bx, from, to, 0);
        Arrays.fill(by, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double b = beta[i];
            double weight = nu[i];
            double gX = gx[i];
            double gY = gy[i];
            bx[i] = b * bx[i] + (1 - b) * gX;
            by[i] = b * by[i] + (1 - b) * gY;
            x[i] -= lr[i] * ((1 - weight) * gX + weight * bx[i]);
            y[i] -= lr[i] * ((1 - weight) * gY + weight * by[i]);
        }
    }
}
