package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * NAdam (as torch.optim): Adam with Nesterov momentum and a momentum schedule.
 * μₜ = β₁(1 − ½·0.96^(tψ)), μₜ₊₁ likewise, Πₜ = Πₜ₋₁μₜ (Π₀ = 1); m, s as Adam; d = √(s/(1−β₂ᵗ)) + eps;
 * θ ← θ − lr(1−μₜ)/(1−Πₜ)·g/d − lr·μₜ₊₁/(1−Πₜμₜ₊₁)·m/d.
 */
final class NAdam extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("nadam", "NAdam", NAdam::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.002));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final NumberParam MOMENTUM_DECAY = DEFINITION.param(
            ParamSpec.number("momentum_decay", "ψ", 0.004, 0, true, 1, true, ParamScale.LOG,
                    "how fast the momentum μₜ warms up from β₁/2 towards β₁; 0 keeps it at β₁/2"));
    private static final Internal MU_T = DEFINITION.internal("mu_t");
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    private final RunningPower beta2Power = new RunningPower();
    private double mx;
    private double my;
    private double sx;
    private double sy;
    private double muProduct;

    private NAdam() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        mx = 0;
        my = 0;
        sx = 0;
        sy = 0;
        muProduct = 1;
        beta2Power.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double lr = LR.of(p);
        double beta1 = BETA1.of(p);
        double beta2 = BETA2.of(p);
        double eps = EPS.of(p);
        double psi = MOMENTUM_DECAY.of(p);
        objective.gradient(theta[0], theta[1], t, g);
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        muProduct *= mu;
        mx = beta1 * mx + (1 - beta1) * g[0];
        my = beta1 * my + (1 - beta1) * g[1];
        sx = beta2 * sx + (1 - beta2) * g[0] * g[0];
        sy = beta2 * sy + (1 - beta2) * g[1] * g[1];
        double correction2 = 1 - beta2Power.of(beta2, t);
        double dx = Math.sqrt(sx / correction2) + eps;
        double dy = Math.sqrt(sy / correction2) + eps;
        double gradientWeight = lr * (1 - mu) / (1 - muProduct);
        double momentumWeight = lr * muNext / (1 - muProduct * muNext);
        theta[0] -= gradientWeight * (g[0] / dx) + momentumWeight * (mx / dx);
        theta[1] -= gradientWeight * (g[1] / dy) + momentumWeight * (my / dy);
        put(MU_T, mu);
        put(STEP_X, lr / dx);
        put(STEP_Y, lr / dy);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        state.put("m", new double[] {mx, my});
        state.put("s", new double[] {sx, sy});
    }
}
