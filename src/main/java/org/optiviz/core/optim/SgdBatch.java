package org.optiviz.core.optim;

/** {@link Sgd} for many runs: θ ← θ − lr·g. */
final class SgdBatch extends BatchRule {
    SgdBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        // no state
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        LaneLoops.descend(x, gx, lr, from, to);
        LaneLoops.descend(y, gy, lr, from, to);
    }
}
