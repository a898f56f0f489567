package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * Quasi-hyperbolic momentum (Ma and Yarats, 2019): a weighted average of the plain gradient and a momentum buffer.
 * b ← βb + (1−β)g; θ ← θ − lr·((1−ν)g + ν·b). ν = 0 is SGD, ν = 1 normalized momentum.
 */
final class Qhm extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("qhm", "QHM", Qhm::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.1));
    private static final NumberParam BETA = DEFINITION.param(
            ParamSpec.number("beta", "β", 0.999, 0, true, 1, false, ParamScale.LINEAR,
                    "decay of the momentum buffer b, an average of past gradients; higher remembers longer"));
    private static final NumberParam NU = DEFINITION.param(
            ParamSpec.number("nu", "ν", 0.7, 0, true, 1, true, ParamScale.LINEAR,
                    "share of the momentum buffer in the step; the rest is the plain gradient (0 = SGD)"));
    private static final Internal B_X = DEFINITION.internal("b_x");
    private static final Internal B_Y = DEFINITION.internal("b_y");
    private double bx;
    private double by;

    private Qhm() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        bx = 0;
        by = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double beta = BETA.of(p);
        double nu = NU.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        bx = beta * bx + (1 - beta) * g[0];
        by = beta * by + (1 - beta) * g[1];
        theta[0] -= lr * ((1 - nu) * g[0] + nu * bx);
        theta[1] -= lr * ((1 - nu) * g[1] + nu * by);
        put(B_X, bx);
        put(B_Y, by);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("b", new double[] {bx, by});
    }
}
