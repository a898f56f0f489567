package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.ChoiceParam;
import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * Eve: scales the learning rate by loss feedback. fₜ = max(f(θ) − floor, 1e-12); rₜ = fₜ₋₁/fₜ (r₁ = 1);
 * d ← βd + (1−β)r; v ← γv + (1−γ)(r − d)²; αₜ = lr·σ(k·(d − 1)/√(v + eps)); then an SGD or Adam step with αₜ.
 */
final class Eve extends Optimizer {
    /** The step that αₜ scales. */
    enum Base {
        SGD, ADAM
    }

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("eve", "Eve", Eve::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam BETA = DEFINITION.param(
            ParamSpec.number("beta", "β", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                    "decay of the smoothed loss ratio d"));
    private static final NumberParam GAMMA = DEFINITION.param(
            ParamSpec.number("gamma", "γ", 0.99, 0, true, 1, false, ParamScale.LINEAR,
                    "decay of the running variance of the loss ratio"));
    private static final NumberParam K = DEFINITION.param(
            ParamSpec.number("k", "k", 1, 0, true, 100, true, ParamScale.LINEAR,
                    "sharpness of the feedback: how strongly loss progress scales the learning rate"));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final ChoiceParam<Base> BASE = DEFINITION.choice(
            ChoiceParam.spec("base", "base", Base.SGD, "the step that αₜ scales: plain SGD or Adam"), Base.class);
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final Internal ALPHA_T = DEFINITION.internal("alpha_t");
    private static final Internal D = DEFINITION.internal("d");
    private static final Internal R = DEFINITION.internal("r");
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private static final double LOSS_FLOOR = 1e-12;
    private final AdamMoments moments = new AdamMoments();
    private double prevLoss;
    private double d;
    private double v;

    private Eve() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        prevLoss = 0;
        d = 1;
        v = 0;
        moments.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double beta = BETA.of(p);
        double gamma = GAMMA.of(p);
        double eps = EPS.of(p);
        double above = Math.max(loss - objective.surface().floor(), LOSS_FLOOR);
        double r = t == 1 ? 1 : prevLoss / above;
        prevLoss = above;
        d = beta * d + (1 - beta) * r;
        double rd = r - d;
        v = gamma * v + (1 - gamma) * rd * rd;
        double alpha = LR.of(p) * sigmoid(K.of(p) * (d - 1) / Math.sqrt(v + eps));
        objective.gradient(theta[0], theta[1], t, g);
        if (BASE.of(p) == Base.ADAM) {
            moments.step(g[0], g[1], alpha, BETA1.of(p), BETA2.of(p), eps, t, theta);
            put(STEP_X, moments.stepX());
            put(STEP_Y, moments.stepY());
        } else {
            theta[0] -= alpha * g[0];
            theta[1] -= alpha * g[1];
            put(STEP_X, alpha);
            put(STEP_Y, alpha);
        }
        put(ALPHA_T, alpha);
        put(D, d);
        put(R, r);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        moments.putState(state);
    }
}
