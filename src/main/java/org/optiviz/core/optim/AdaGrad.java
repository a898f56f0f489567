package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** r ← r + g²; θ ← θ − lr·g/(eps + √r): the step size only ever shrinks. */
final class AdaGrad extends Optimizer {
    static final int LR = 0;
    static final int EPS = 1;
    private double rx;
    private double ry;

    AdaGrad() {
        super(2);
    }

    @Override
    public void reset() {
        rx = 0;
        ry = 0;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double lr = hp.get(LR);
        double eps = hp.get(EPS);
        objective.gradient(theta[0], theta[1], t, g);
        rx += g[0] * g[0];
        ry += g[1] * g[1];
        double stepX = lr / (eps + Math.sqrt(rx));
        double stepY = lr / (eps + Math.sqrt(ry));
        theta[0] -= stepX * g[0];
        theta[1] -= stepY * g[1];
        internals[0] = stepX;
        internals[1] = stepY;
    }
}
