package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.ChoiceParam;
import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * AdaSmooth: Adam whose β₁ follows how much the gradient changes. Δₜ = ‖gₜ − gₜ₋₁‖² (Δ₁ = 0);
 * v ← γv + (1−γ)Δₜ; then Adam's moments with β₁,ₜ, mapped from v in one of two ways ({@code beta1_map}):
 * seed, β₁min + (β₁max − β₁min)·σ(−v), which never passes the midpoint of the range since σ(−v) ≤ ½ for v ≥ 0;
 * or full, β₁min + (β₁max − β₁min)·2σ(−v), which reaches β₁max when the gradient is steady (v = 0).
 */
final class AdaSmooth extends Optimizer {
    /** How the gradient change v sets β₁,ₜ. */
    enum Beta1Map {
        /** σ(−v): the mapping as first written, at most the midpoint of [β₁min, β₁max]. */
        SEED(1),
        /** 2σ(−v): the whole range, β₁max when the gradient is steady. */
        FULL(2);

        private final double scale;

        Beta1Map(double scale) {
            this.scale = scale;
        }
    }

    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("adasmooth", "AdaSmooth", AdaSmooth::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.01));
    private static final NumberParam BETA1_MIN = DEFINITION.param(
            ParamSpec.number("beta1_min", "β₁min", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                    "β₁,ₜ when the gradient changes a lot between steps (large v)"));
    private static final NumberParam BETA1_MAX = DEFINITION.param(
            ParamSpec.number("beta1_max", "β₁max", 0.999, 0, true, 1, false, ParamScale.LINEAR,
                    "top of β₁'s range: with beta1_map=full β₁,ₜ reaches it when the gradient is steady; "
                            + "with seed β₁,ₜ stops at the midpoint (β₁min + β₁max)/2"));
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam GAMMA = DEFINITION.param(
            ParamSpec.number("gamma", "γ", 0.9, 0, true, 1, false, ParamScale.LINEAR,
                    "decay of the running average v of gradient change that sets β₁,ₜ"));
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final ChoiceParam<Beta1Map> BETA1_MAP = DEFINITION.choice(
            ChoiceParam.spec("beta1_map", "β₁ map", Beta1Map.SEED,
                    "how gradient change v sets β₁,ₜ: seed = β₁min + (β₁max − β₁min)·σ(−v), never above the "
                            + "midpoint; full = β₁min + (β₁max − β₁min)·2σ(−v), β₁max when the gradient is steady"),
            Beta1Map.class);
    private static final Internal BETA1_T = DEFINITION.internal("beta1_t");
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    /** ln(2⁻⁵⁵): below this a power of β cannot change 1 − βᵗ. */
    private static final double NEGLIGIBLE_LOG = -55 * Math.log(2);
    private final AdamMoments moments = new AdamMoments();
    private double prevGx;
    private double prevGy;
    private double v;
    private double boundSeen = Double.NaN;
    private double logBound;

    private AdaSmooth() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        prevGx = 0;
        prevGy = 0;
        v = 0;
        boundSeen = Double.NaN;
        moments.reset();
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        double beta1Min = BETA1_MIN.of(p);
        double beta1Max = BETA1_MAX.of(p);
        double gamma = GAMMA.of(p);
        double scale = BETA1_MAP.of(p).scale;
        objective.gradient(theta[0], theta[1], t, g);
        double gx = g[0];
        double gy = g[1];
        double change = 0;
        if (t > 1) {
            double dgx = gx - prevGx;
            double dgy = gy - prevGy;
            change = dgx * dgx + dgy * dgy;
        }
        prevGx = gx;
        prevGy = gy;
        v = gamma * v + (1 - gamma) * change;
        double beta1 = beta1Min + (beta1Max - beta1Min) * (scale * sigmoid(-v));
        moments.step(gx, gy, LR.of(p), beta1, beta1Power(beta1Min, beta1Max, scale, beta1, t), BETA2.of(p),
                EPS.of(p), t, theta);
        put(BETA1_T, beta1);
        put(STEP_X, moments.stepX());
        put(STEP_Y, moments.stepY());
    }

    /**
     * β₁,ₜᵗ. β₁,ₜ changes every step, so it cannot be a running product; but β₁,ₜ never exceeds
     * bound = max(β₁min, β₁min + (β₁max − β₁min)·scale/2) because σ(−v) ≤ ½, and once boundᵗ < 2⁻⁵⁵ the term is too
     * small to change 1 − β₁,ₜᵗ in double precision (it rounds to exactly 1), so the power is skipped without
     * changing a bit.
     */
    private double beta1Power(double beta1Min, double beta1Max, double scale, double beta1, long t) {
        double bound = Math.max(beta1Min, beta1Min + (beta1Max - beta1Min) * (scale * 0.5));
        if (bound != boundSeen) {
            boundSeen = bound;
            logBound = Math.log(bound);
        }
        return t * logBound < NEGLIGIBLE_LOG ? 0 : Math.pow(beta1, t);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        moments.putState(state);
    }
}
