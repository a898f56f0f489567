package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link Adamax} for many runs: Adam with the running maximum |g| in place of the second moment. */
final class AdamaxBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final FirstMomentBatch m = new FirstMomentBatch(settings);
    private final double[] ux = new double[n];
    private final double[] uy = new double[n];

    AdamaxBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        m.reset(from, to);
        Arrays.fill(ux, from, to, 0);
        Arrays.fill(uy, from, to, 0);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        m.update(beta1, gx, gy, from, to);
        LaneLoops.adamaxNorm(ux, gx, beta2, eps, from, to);
        LaneLoops.adamaxNorm(uy, gy, beta2, eps, from, to);
        LaneLoops.adamaxMove(x, m.x, ux, lr, m.correction, from, to);
        LaneLoops.adamaxMove(y, m.y, uy, lr, m.correction, from, to);
    }
}
