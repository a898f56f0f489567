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
        LaneLoops.averageSquare(rx, gx, rho, from, to);
        LaneLoops.averageSquare(ry, gy, rho, from, to);
        LaneLoops.rmsPropMove(x, gx, rx, lr, eps, from, to);
        LaneLoops.rmsPropMove(y, gy, ry, lr, eps, from, to);
    }
}
