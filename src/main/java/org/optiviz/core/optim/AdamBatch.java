package org.optiviz.core.optim;

/** {@link Adam} for many runs, weight decay folded into the gradient as L2 before the moments. */
final class AdamBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final double[] weightDecay = column("weight_decay");
    private final AdamMomentsBatch moments = new AdamMomentsBatch(settings);
    /** Whether any run decays its weights: without, the extra pass over the gradients is skipped. */
    private final boolean anyDecay = anyPositive(weightDecay);

    AdamBatch(LaneSettings settings) {
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
        for (int i = from; anyDecay && i < to; i++) {
            double decay = weightDecay[i];
            if (decay > 0) {
                gx[i] += decay * x[i];
                gy[i] += decay * y[i];
            }
        }
        moments.advanceBeta1(beta1, from, to);
        moments.step(gx, gy, lr, beta1, beta2, eps, x, y, from, to);
    }
}
