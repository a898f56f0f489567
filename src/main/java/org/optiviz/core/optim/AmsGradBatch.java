package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AmsGrad} for many runs: Adam dividing by the largest second moment seen so far. */
final class AmsGradBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final FirstMomentBatch m = new FirstMomentBatch(settings);
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] maxX = new double[n];
    private final double[] maxY = new double[n];
    private final double[] beta2Power = new double[n];
    /** 1 − β₂ᵗ of the current step, per run. */
    private final double[] correction2 = new double[n];
    private final boolean beta2Shared = settings.uniform("beta2");

    AmsGradBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        m.reset(from, to);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        Arrays.fill(maxX, from, to, 0);
        Arrays.fill(maxY, from, to, 0);
        ones(beta2Power, from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        m.update(beta1, gx, gy, from, to);
        LaneLoops.averageSquare(sx, gx, beta2, from, to);
        LaneLoops.averageSquare(sy, gy, beta2, from, to);
        LaneLoops.runningMax(maxX, sx, from, to);
        LaneLoops.runningMax(maxY, sy, from, to);
        LaneLoops.advancePower(beta2, beta2Shared, beta2Power, correction2, from, to);
        LaneLoops.amsGradMove(x, m.x, maxX, lr, eps, m.correction, correction2, from, to);
        LaneLoops.amsGradMove(y, m.y, maxY, lr, eps, m.correction, correction2, from, to);
    }
}
