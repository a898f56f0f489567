package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** θ ← θ − lr·g. */
final class Sgd extends Optimizer {
    static final int LR = 0;

    Sgd() {
        super(1);
    }

    @Override
    public void reset() {
        internals[0] = 0;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double lr = hp.get(LR);
        objective.gradient(theta[0], theta[1], t, g);
        theta[0] -= lr * g[0];
        theta[1] -= lr * g[1];
        internals[0] = lr;
    }
}
