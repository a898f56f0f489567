package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AdaGrad} for many runs: r ← r + g²; θ ← θ − lr·g/(eps + √r). */
final class AdaGradBatch extends BatchRule {
    private final double[] eps = column("eps");
    private final double[] rx = new double[n];
    private final double[] ry = new double[n];

    AdaGradBatch(LaneSettings settings) {
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
        LaneLoops.accumulateSquare(rx, gx, from, to);
        LaneLoops.accumulateSquare(ry, gy, from, to);
        LaneLoops.adaGradMove(x, gx, rx, lr, eps, from, to);
        LaneLoops.adaGradMove(y, gy, ry, lr, eps, from, to);
    }
}
