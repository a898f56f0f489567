package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AdaDelta} for many runs: the ratio of running RMS values of steps and gradients scales g. */
final class AdaDeltaBatch extends BatchRule {
    private final double[] rho = column("rho");
    private final double[] eps = column("eps");
    private final double[] rx = new double[n];
    private final double[] ry = new double[n];
    private final double[] dx = new double[n];
    private final double[] dy = new double[n];

    AdaDeltaBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(rx, from, to, 0);
        Arrays.fill(ry, from, to, 0);
        Arrays.fill(dx, from, to, 0);
        Arrays.fill(dy, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double r = rho[i];
            double e = eps[i];
            double gX = gx[i];
            double gY = gy[i];
            rx[i] = r * rx[i] + (1 - r) * gX * gX;
            ry[i] = r * ry[i] + (1 - r) * gY * gY;
            double scaleX = Math.sqrt(e + dx[i]) / Math.sqrt(e + rx[i]);
            double scaleY = Math.sqrt(e + dy[i]) / Math.sqrt(e + ry[i]);
            double sgx = scaleX * gX;
            double sgy = scaleY * gY;
            x[i] -= lr[i] * sgx;
            y[i] -= lr[i] * sgy;
            dx[i] = r * dx[i] + (1 - r) * sgx * sgx;
            dy[i] = r * dy[i] + (1 - r) * sgy * sgy;
        }
    }
}
