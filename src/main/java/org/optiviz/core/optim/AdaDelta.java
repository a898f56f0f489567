package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * r ← rho·r + (1−rho)g²; g′ = √(eps + Δ)/√(eps + r)·g; θ ← θ − lr·g′; Δ ← rho·Δ + (1−rho)g′².
 * The ratio of running RMS values makes the step carry the units of θ.
 */
final class AdaDelta extends Optimizer {
    static final int LR = 0;
    static final int RHO = 1;
    static final int EPS = 2;
    private double rx;
    private double ry;
    private double dx;
    private double dy;

    AdaDelta() {
        super(2);
    }

    @Override
    public void reset() {
        rx = 0;
        ry = 0;
        dx = 0;
        dy = 0;
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double lr = hp.get(LR);
        double rho = hp.get(RHO);
        double eps = hp.get(EPS);
        objective.gradient(theta[0], theta[1], t, g);
        rx = rho * rx + (1 - rho) * g[0] * g[0];
        ry = rho * ry + (1 - rho) * g[1] * g[1];
        double scaleX = Math.sqrt(eps + dx) / Math.sqrt(eps + rx);
        double scaleY = Math.sqrt(eps + dy) / Math.sqrt(eps + ry);
        double gx = scaleX * g[0];
        double gy = scaleY * g[1];
        theta[0] -= lr * gx;
        theta[1] -= lr * gy;
        dx = rho * dx + (1 - rho) * gx * gx;
        dy = rho * dy + (1 - rho) * gy * gy;
        internals[0] = lr * scaleX;
        internals[1] = lr * scaleY;
    }
}
