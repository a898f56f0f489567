package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Momentum} (heavy ball) for many runs: v ← μv − lr·g; θ ← θ + v. */
final class MomentumBatch extends BatchRule {
    private final double[] momentum = column("momentum");
    private final double[] vx = new double[n];
    private final double[] vy = new double[n];

    MomentumBatch(LaneSettings settings) {
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
        objective.gradients(x, y, t, gx, gy, from, to);
        LaneLoops.velocity(vx, gx, momentum, lr, from, to);
        LaneLoops.velocity(vy, gy, momentum, lr, from, to);
        LaneLoops.add(x, vx, from, to);
        LaneLoops.add(y, vy, from, to);
    }
}
