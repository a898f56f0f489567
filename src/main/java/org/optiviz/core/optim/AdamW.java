package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** AdamW: decoupled weight decay θ ← θ·(1 − lr·weight_decay), then the Adam step with the raw gradient. */
final class AdamW extends Optimizer {
    static final int LR = 0;
    static final int BETA1 = 1;
    static final int BETA2 = 2;
    static final int EPS = 3;
    static final int WEIGHT_DECAY = 4;
    private final AdamMoments moments = new AdamMoments();

    AdamW() {
        super(2);
    }

    @Override
    public void reset() {
        moments.reset();
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, long t) {
        double lr = hp.get(LR);
        objective.gradient(theta[0], theta[1], t, g);
        double shrink = 1 - lr * hp.get(WEIGHT_DECAY);
        theta[0] *= shrink;
        theta[1] *= shrink;
        moments.step(g[0], g[1], lr, hp.get(BETA1), hp.get(BETA2), hp.get(EPS), t, theta, internals, 0);
    }
}
