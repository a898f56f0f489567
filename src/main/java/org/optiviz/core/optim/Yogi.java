package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * Yogi (Zaheer et al., 2018): Adam whose second moment moves towards g² by a fixed fraction of g² in whichever
 * direction it must (additively, not multiplicatively), so it cannot shrink suddenly.
 * m ← β₁m + (1−β₁)g; s ← s + (1−β₂)·sign(g² − s)·g² (sign 0 at 0); θ ← θ − lr·(m/(1−β₁ᵗ))/(√(s/(1−β₂ᵗ)) + eps).
 */
final class Yogi extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("yogi", "Yogi", Yogi::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(
            CommonParams.beta2("sets the fraction (1 − β₂) of g² by which s moves towards g² each step"));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-3));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final FirstMoment m = new FirstMoment();
    private final RunningPower beta2Power = new RunningPower();
    private double sx;
    private double sy;

    private Yogi() {
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
        double gx2 = g[0] * g[0];
        double gy2 = g[1] * g[1];
        sx += (1 - beta2) * Math.signum(gx2 - sx) * gx2;
        sy += (1 - beta2) * Math.signum(gy2 - sy) * gy2;
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
