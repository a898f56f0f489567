package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.weightDecay;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * Lion (Chen et al., 2023): every coordinate moves by exactly lr in the direction of the sign of an interpolated
 * momentum. c = β₁m + (1−β₁)g; θ ← θ − lr·(sign(c) + weight_decay·θ); m ← β₂m + (1−β₂)g.
 */
final class Lion extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("lion", "Lion", Lion::new);
    private static final NumberParam LR = DEFINITION.param(lr(1e-4));
    private static final NumberParam BETA1 = DEFINITION.param(
            ParamSpec.number("beta1", "β₁", 0.9, 0, true, 1, true, ParamScale.LINEAR,
                    "weight of the momentum against the new gradient in the direction whose sign is taken"));
    private static final NumberParam BETA2 = DEFINITION.param(
            ParamSpec.number("beta2", "β₂", 0.99, 0, true, 1, true, ParamScale.LINEAR,
                    "decay of the momentum m kept between steps; higher remembers longer"));
    private static final NumberParam WEIGHT_DECAY = DEFINITION.param(
            weightDecay(0, "decoupled decay: θ also shrinks by lr·λ·θ each step"));
    private static final Internal C_X = DEFINITION.internal("c_x");
    private static final Internal C_Y = DEFINITION.internal("c_y");
    private double mx;
    private double my;

    private Lion() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        mx = 0;
        my = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double beta1 = BETA1.of(p);
        double beta2 = BETA2.of(p);
        double decay = WEIGHT_DECAY.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        double cx = beta1 * mx + (1 - beta1) * g[0];
        double cy = beta1 * my + (1 - beta1) * g[1];
        theta[0] -= lr * (Math.signum(cx) + decay * theta[0]);
        theta[1] -= lr * (Math.signum(cy) + decay * theta[1]);
        mx = beta2 * mx + (1 - beta2) * g[0];
        my = beta2 * my + (1 - beta2) * g[1];
        put(C_X, cx);
        put(C_Y, cy);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("m", new double[] {mx, my});
    }
}
