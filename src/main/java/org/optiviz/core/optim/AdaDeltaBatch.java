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
    /** This step's scaled gradient, per run. */
    private final double[] scaledX = new double[n];
    private final double[] scaledY = new double[n];

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
        LaneLoops.averageSquare(rx, gx, rho, from, to);
        LaneLoops.averageSquare(ry, gy, rho, from, to);
        LaneLoops.adaDeltaScaled(scaledX, gx, dx, rx, eps, from, to);
        LaneLoops.adaDeltaScaled(scaledY, gy, dy, ry, eps, from, to);
        LaneLoops.descend(x, scaledX, lr, from, to);
        LaneLoops.descend(y, scaledY, lr, from, to);
        LaneLoops.averageSquare(dx, scaledX, rho, from, to);
        LaneLoops.averageSquare(dy, scaledY, rho, from, to);
    }
}
