package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/** r ← rho·r + (1−rho)g²; θ ← θ − lr·g/√(eps + r). */
final class RmsProp extends Optimizer {
    static final int LR = 0;
    static final int RHO = 1;
    static final int EPS = 2;
    private double rx;
    private double ry;

    RmsProp() {
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
        double rho = hp.get(RHO);
        double eps = hp.get(EPS);
        objective.gradient(theta[0], theta[1], t, g);
        rx = rho * rx + (1 - rho) * g[0] * g[0];
        ry = rho * ry + (1 - rho) * g[1] * g[1];
        double stepX = lr / Math.sqrt(eps + rx);
        double stepY = lr / Math.sqrt(eps + ry);
        theta[0] -= stepX * g[0];
        theta[1] -= stepY * g[1];
        internals[0] = stepX;
        internals[1] = stepY;
    }
}
