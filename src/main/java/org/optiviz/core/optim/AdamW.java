package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.weightDecay;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/** AdamW: decoupled weight decay, θ ← θ·(1 − lr·weight_decay) first, then the Adam step with the raw gradient. */
final class AdamW extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adamw", "AdamW", AdamW::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final NumberParam WEIGHT_DECAY = DEFINITION.param(
            weightDecay(0.01, "decoupled decay: θ shrinks by lr·λ each step, apart from the gradient"));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final AdamMoments moments = new AdamMoments();

    private AdamW() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        moments.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        double shrink = 1 - lr * WEIGHT_DECAY.of(p);
        theta[0] *= shrink;
        theta[1] *= shrink;
        moments.step(g[0], g[1], lr, BETA1.of(p), BETA2.of(p), EPS.of(p), t, theta);
        put(STEP_X, moments.stepX());
        put(STEP_Y, moments.stepY());
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        moments.putState(state);
    }
}
