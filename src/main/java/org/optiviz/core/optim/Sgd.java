package org.optiviz.core.optim;

import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/** θ ← θ − lr·g. */
final class Sgd extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("sgd", "SGD", Sgd::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final Internal STEP_SIZE = DEFINITION.internal("step_size");

    private Sgd() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        put(STEP_SIZE, 0);
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        theta[0] -= lr * g[0];
        theta[1] -= lr * g[1];
        put(STEP_SIZE, lr);
    }
}
