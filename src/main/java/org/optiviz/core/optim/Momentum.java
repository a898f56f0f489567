package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** Heavy ball: v ← momentum·v − lr·g; θ ← θ + v. */
final class Momentum extends Optimizer {
    static final int LR = 0;
    static final int MOMENTUM = 1;
    private double vx;
    private double vy;

    Momentum() {
        super(2);
    }

    @Override
    public void reset() {
        vx = 0;
        vy = 0;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, long t) {
        double lr = hp.get(LR);
        double mu = hp.get(MOMENTUM);
        objective.gradient(theta[0], theta[1], t, g);
        vx = mu * vx - lr * g[0];
        vy = mu * vy - lr * g[1];
        theta[0] += vx;
        theta[1] += vy;
        internals[0] = vx;
        internals[1] = vy;
    }
}
