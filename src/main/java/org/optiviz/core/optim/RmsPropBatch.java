package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link RmsProp} for many runs: r ← ρr + (1−ρ)g²; θ ← θ − lr·g/√(eps + r). */
final class RmsPropBatch extends BatchRule {
    private final double[] rho = column("rho");
    private final double[] eps = column("eps");
    private final double[] rx = new double[n];
    private final double[] ry = new double[n];

    RmsPropBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(rx, from, to, 0);
        Arrays.fill(ry, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double r = rho[i];
            double gX = gx[i];
            double gY = gy[i];
            rx[i] = r * rx[i] + (1 - r) * gX * gX;
            ry[i] = r * ry[i] + (1 - r) * gY * gY;
            double stepX = lr[i] / Math.sqrt(eps[i] + rx[i]);
            double stepY = lr[i] / Math.sqrt(eps[i] + ry[i]);
            x[i] -= stepX * gX;
            y[i] -= stepY * gY;
        }
    }
}
