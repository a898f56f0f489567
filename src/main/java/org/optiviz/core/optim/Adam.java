package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * Adam with weight decay in one of two places: folded into the gradient as L2 (g ← g + weight_decay·θ, so it
 * passes through the moments), or decoupled as in AdamW (θ ← θ·(1 − lr·weight_decay) first, then the Adam step
 * with the raw gradient).
 */
final class Adam extends Optimizer {
    static final int LR = 0;
    static final int BETA1 = 1;
    static final int BETA2 = 2;
    static final int EPS = 3;
    static final int WEIGHT_DECAY = 4;
    private final boolean decoupledDecay;
    private final AdamMoments moments = new AdamMoments();

    Adam(boolean decoupledDecay) {
        super(2);
        this.decoupledDecay = decoupledDecay;
    }

    @Override
    public void reset() {
        moments.reset();
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double lr = hp.get(LR);
        double decay = hp.get(WEIGHT_DECAY);
        objective.gradient(theta[0], theta[1], t, g);
        if (decoupledDecay) {
            double shrink = 1 - lr * decay;
            theta[0] *= shrink;
            theta[1] *= shrink;
        } else if (decay > 0) {
            g[0] += decay * theta[0];
            g[1] += decay * theta[1];
        }
        moments.step(g[0], g[1], lr, hp.get(BETA1), hp.get(BETA2), hp.get(EPS), t, theta, internals, 0);
    }
}
