package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.lr;
import static org.optiviz.core.optim.CommonParams.momentum;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * Nesterov's accelerated gradient: v ← momentum·v − lr·g; θ ← θ + v, with g taken at the look-ahead point
 * θ + momentum·v (the point shown stays θ).
 */
final class Nag extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("nag", "NAG", Nag::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam MOMENTUM = DEFINITION.param(momentum());
    private static final Internal V_X = DEFINITION.internal("v_x");
    private static final Internal V_Y = DEFINITION.internal("v_y");
    private double vx;
    private double vy;

    private Nag() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        vx = 0;
        vy = 0;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double mu = MOMENTUM.of(p);
        objective.gradient(theta[0] + mu * vx, theta[1] + mu * vy, t, g);
        vx = mu * vx - lr * g[0];
        vy = mu * vy - lr * g[1];
        theta[0] += vx;
        theta[1] += vy;
        put(V_X, vx);
        put(V_Y, vy);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("v", new double[] {vx, vy});
    }
}
