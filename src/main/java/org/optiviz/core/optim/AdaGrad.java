package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/** r ← r + g²; θ ← θ − lr·g/(eps + √r): the step size only ever shrinks. */
final class AdaGrad extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adagrad", "AdaGrad", AdaGrad::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-7));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private double rx;
    private double ry;

    private AdaGrad() {
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
        double eps = EPS.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        rx += g[0] * g[0];
        ry += g[1] * g[1];
        double stepX = lr / (eps + Math.sqrt(rx));
        double stepY = lr / (eps + Math.sqrt(ry));
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
