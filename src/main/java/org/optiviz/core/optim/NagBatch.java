package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Nag} for many runs: the gradient at the look-ahead point θ + μv, then the heavy-ball step. */
final class NagBatch extends BatchRule {
    private final double[] momentum = column("momentum");
    private final double[] vx = new double[n];
    private final double[] vy = new double[n];
    private final double[] aheadX = new double[n];
    private final double[] aheadY = new double[n];

    NagBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(vx, from, to, 0);
        Arrays.fill(vy, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        LaneLoops.ahead(aheadX, x, momentum, vx, from, to);
        LaneLoops.ahead(aheadY, y, momentum, vy, from, to);
        objective.gradients(aheadX, aheadY, t, gx, gy, from, to);
        LaneLoops.velocity(vx, gx, momentum, lr, from, to);
        LaneLoops.velocity(vy, gy, momentum, lr, from, to);
        LaneLoops.add(x, vx, from, to);
        LaneLoops.add(y, vy, from, to);
    }
}
