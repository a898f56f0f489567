package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * AMSGrad (as torch.optim's Adam with amsgrad): Adam dividing by the largest second moment seen so far, so the
 * step size never grows back. m, s as Adam; smax ← max(smax, s) (smax₀ = 0);
 * θ ← θ − lr/(1−β₁ᵗ)·m/(√smax/√(1−β₂ᵗ) + eps).
 */
final class AmsGrad extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("amsgrad", "AMSGrad", AmsGrad::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.001));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final FirstMoment m = new FirstMoment();
    private final RunningPower beta2Power = new RunningPower();
    private double sx;
    private double sy;
    private double maxX;
    private double maxY;

    private AmsGrad() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        m.reset();
        sx = 0;
        sy = 0;
        maxX = 0;
        maxY = 0;
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
        sx = beta2 * sx + (1 - beta2) * g[0] * g[0];
        sy = beta2 * sy + (1 - beta2) * g[1] * g[1];
        maxX = Math.max(maxX, sx);
        maxY = Math.max(maxY, sy);
        double rootCorrection2 = Math.sqrt(1 - beta2Power.of(beta2, t));
        double clr = lr / m.correction(beta1, t);
        double dx = Math.sqrt(maxX) / rootCorrection2 + eps;
        double dy = Math.sqrt(maxY) / rootCorrection2 + eps;
        theta[0] -= clr * (m.x() / dx);
        theta[1] -= clr * (m.y() / dy);
        put(STEP_X, lr / dx);
        put(STEP_Y, lr / dy);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        m.putState(state);
        state.put("s", new double[] {sx, sy});
        state.put("smax", new double[] {maxX, maxY});
    }
}
