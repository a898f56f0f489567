package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.weightDecay;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * Adam with weight decay folded into the gradient as L2: g ← g + weight_decay·θ, so the decay passes through the
 * moments (compare AdamW).
 */
final class Adam extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adam", "Adam", Adam::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final NumberParam WEIGHT_DECAY = DEFINITION.param(
            weightDecay(0, "L2 penalty added to the gradient (g + λθ), so it passes through the moments"));
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final AdamMoments moments = new AdamMoments();

    private Adam() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        moments.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double decay = WEIGHT_DECAY.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        if (decay > 0) {
            g[0] += decay * theta[0];
            g[1] += decay * theta[1];
        }
        moments.step(g[0], g[1], LR.of(p), BETA1.of(p), BETA2.of(p), EPS.of(p), t, theta);
        put(STEP_X, moments.stepX());
        put(STEP_Y, moments.stepY());
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        moments.putState(state);
    }
}
