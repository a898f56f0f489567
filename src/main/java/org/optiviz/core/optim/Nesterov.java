package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** Nesterov's accelerated gradient, look-ahead form: v ← momentum·v − lr·∇f(θ + momentum·v); θ ← θ + v. */
final class Nesterov extends Optimizer {
    static final int LR = 0;
    static final int MOMENTUM = 1;
    private double vx;
    private double vy;

    Nesterov() {
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
        objective.gradient(theta[0] + mu * vx, theta[1] + mu * vy, t, g);
        vx = mu * vx - lr * g[0];
        vy = mu * vy - lr * g[1];
        theta[0] += vx;
        theta[1] += vy;
        internals[0] = vx;
        internals[1] = vy;
    }
}
