package org.optiviz.core.optim;

/** {@link AdamW} for many runs: θ shrinks by lr·λ first, then the Adam step with the raw gradient. */
final class AdamWBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final double[] weightDecay = column("weight_decay");
    private final AdamMomentsBatch moments = new AdamMomentsBatch(settings);

    AdamWBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        moments.reset(from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        LaneLoops.shrink(x, lr, weightDecay, from, to);
        LaneLoops.shrink(y, lr, weightDecay, from, to);
        moments.advanceBeta1(beta1, from, to);
        moments.step(gx, gy, lr, beta1, beta2, eps, x, y, from, to);
    }
}
