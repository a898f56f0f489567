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
        LaneLoops.average(bx, gx, beta, from, to);
        LaneLoops.average(by, gy, beta, from, to);
        LaneLoops.qhmMove(x, gx, bx, lr, nu, from, to);
        LaneLoops.qhmMove(y, gy, by, lr, nu, from, to);
    }
}
