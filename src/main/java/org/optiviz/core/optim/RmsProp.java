package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.rho;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/** r ← rho·r + (1−rho)g²; θ ← θ − lr·g/√(eps + r). */
final class RmsProp extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("rmsprop", "RMSProp", RmsProp::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam RHO = DEFINITION.param(rho());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-6));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private double rx;
    private double ry;

    private RmsProp() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        rx = 0;
        ry = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double rho = RHO.of(p);
        double eps = EPS.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        rx = rho * rx + (1 - rho) * g[0] * g[0];
        ry = rho * ry + (1 - rho) * g[1] * g[1];
        double stepX = lr / Math.sqrt(eps + rx);
        double stepY = lr / Math.sqrt(eps + ry);
        theta[0] -= stepX * g[0];
        theta[1] -= stepY * g[1];
        put(STEP_X, stepX);
        put(STEP_Y, stepY);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("r", new double[] {rx, ry});
    }
}
