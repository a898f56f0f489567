package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * Heavy ball, v ← momentum·v − lr·g; θ ← θ + v, with g taken at θ, or for Nesterov's accelerated gradient at the
 * look-ahead point θ + momentum·v (the point shown stays θ).
 */
final class Momentum extends Optimizer {
    static final int LR = 0;
    static final int MOMENTUM = 1;
    private final boolean nesterov;
    private double vx;
    private double vy;

    Momentum(boolean nesterov) {
        super(2);
        this.nesterov = nesterov;
    }

    @Override
    public void reset() {
        vx = 0;
        vy = 0;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double lr = hp.get(LR);
        double mu = hp.get(MOMENTUM);
        if (nesterov) {
            objective.gradient(theta[0] + mu * vx, theta[1] + mu * vy, t, g);
        } else {
            objective.gradient(theta[0], theta[1], t, g);
        }
        vx = mu * vx - lr * g[0];
        vy = mu * vy - lr * g[1];
        theta[0] += vx;
        theta[1] += vy;
        internals[0] = vx;
        internals[1] = vy;
    }
}
