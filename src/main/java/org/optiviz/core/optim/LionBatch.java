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
        LaneLoops.lionMove(x, mx, gx, beta1, lr, weightDecay, from, to);
        LaneLoops.lionMove(y, my, gy, beta1, lr, weightDecay, from, to);
        LaneLoops.average(mx, gx, beta2, from, to);
        LaneLoops.average(my, gy, beta2, from, to);
    }
}
