package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** Adam, with optional L2 regularisation folded into the gradient: g ← g + weight_decay·θ. */
final class Adam extends Optimizer {
    static final int LR = 0;
    static final int BETA1 = 1;
    static final int BETA2 = 2;
    static final int EPS = 3;
    static final int WEIGHT_DECAY = 4;
    private final AdamMoments moments = new AdamMoments();

    Adam() {
        super(2);
    }

    @Override
    public void reset() {
        moments.reset();
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, long t) {
        double decay = hp.get(WEIGHT_DECAY);
        objective.gradient(theta[0], theta[1], t, g);
        if (decay > 0) {
            g[0] += decay * theta[0];
            g[1] += decay * theta[1];
        }
        moments.step(g[0], g[1], hp.get(LR), hp.get(BETA1), hp.get(BETA2), hp.get(EPS), t, theta, internals, 0);
    }
}
