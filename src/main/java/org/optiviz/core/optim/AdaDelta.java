package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.rho;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * r ← rho·r + (1−rho)g²; g′ = √(eps + Δ)/√(eps + r)·g; θ ← θ − lr·g′; Δ ← rho·Δ + (1−rho)g′².
 * The ratio of running RMS values makes the step carry the units of θ.
 */
final class AdaDelta extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adadelta", "AdaDelta", AdaDelta::new);
    private static final NumberParam LR = DEFINITION.param(lr(1.0));
    private static final NumberParam RHO = DEFINITION.param(rho());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-6));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private double rx;
    private double ry;
    private double dx;
    private double dy;

    private AdaDelta() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        rx = 0;
        ry = 0;
        dx = 0;
        dy = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double rho = RHO.of(p);
        double eps = EPS.of(p);
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
        put(STEP_X, lr * scaleX);
        put(STEP_Y, lr * scaleY);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("r", new double[] {rx, ry});
        state.put("Δ", new double[] {dx, dy});
    }
}
