package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * AdaBelief (Zhuang et al., 2020): Adam whose second moment tracks how far the gradient strays from its mean (the
 * "belief"), so steps grow where the gradient is predictable. m ← β₁m + (1−β₁)g; s ← β₂s + (1−β₂)(g − m)² + eps;
 * θ ← θ − lr·(m/(1−β₁ᵗ))/(√(s/(1−β₂ᵗ)) + eps).
 */
final class AdaBelief extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adabelief", "AdaBelief", AdaBelief::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.001));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(
            CommonParams.beta2("decay of the running variance of g around its mean m; higher adapts more slowly"));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-16));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final FirstMoment m = new FirstMoment();
    private final RunningPower beta2Power = new RunningPower();
    private double sx;
    private double sy;

    private AdaBelief() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        m.reset();
        sx = 0;
        sy = 0;
        beta2Power.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double beta1 = BETA1.of(p);
        double beta2 = BETA2.of(p);
        double eps = EPS.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        m.update(beta1, g);
        double ex = g[0] - m.x();
        double ey = g[1] - m.y();
        sx = beta2 * sx + (1 - beta2) * ex * ex + eps;
        sy = beta2 * sy + (1 - beta2) * ey * ey + eps;
        double correction1 = m.correction(beta1, t);
        double correction2 = 1 - beta2Power.of(beta2, t);
        double stepX = lr / (Math.sqrt(sx / correction2) + eps);
        double stepY = lr / (Math.sqrt(sy / correction2) + eps);
        theta[0] -= stepX * (m.x() / correction1);
        theta[1] -= stepY * (m.y() / correction1);
        put(STEP_X, stepX);
        put(STEP_Y, stepY);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        m.putState(state);
        state.put("s", new double[] {sx, sy});
    }
}
