package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * Adamax (as torch.optim): Adam with the infinity norm in place of the second moment.
 * m ← β₁m + (1−β₁)g; u ← max(β₂u, |g| + eps); θ ← θ − lr/(1−β₁ᵗ)·m/u.
 */
final class Adamax extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adamax", "Adamax", Adamax::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.002));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(
            CommonParams.beta2("decay of the running maximum |g|; higher remembers a large gradient longer"));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final FirstMoment m = new FirstMoment();
    private double ux;
    private double uy;

    private Adamax() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        m.reset();
        ux = 0;
        uy = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double beta1 = BETA1.of(p);
        double beta2 = BETA2.of(p);
        double eps = EPS.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        m.update(beta1, g);
        ux = Math.max(beta2 * ux, Math.abs(g[0]) + eps);
        uy = Math.max(beta2 * uy, Math.abs(g[1]) + eps);
        double clr = LR.of(p) / m.correction(beta1, t);
        theta[0] -= clr * (m.x() / ux);
        theta[1] -= clr * (m.y() / uy);
        put(STEP_X, clr / ux);
        put(STEP_Y, clr / uy);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        m.putState(state);
        state.put("u", new double[] {ux, uy});
    }
}
