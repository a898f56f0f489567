package org.optiviz.core.optim;

import java.util.Map;
import static org.optiviz.core.optim.CommonParams.beta1;
import static org.optiviz.core.optim.CommonParams.beta2;
import static org.optiviz.core.optim.CommonParams.eps;
import static org.optiviz.core.optim.CommonParams.lr;

import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.StepValues;

/**
 * RAdam (as torch.optim): Adam whose adaptive step is switched on only once the variance of the second moment is
 * tractable. m, s as Adam; m̂ = m/(1−β₁ᵗ); ρ∞ = 2/(1−β₂) − 1; ρₜ = ρ∞ − 2tβ₂ᵗ/(1−β₂ᵗ); if ρₜ > 5,
 * r = √((ρₜ−4)(ρₜ−2)ρ∞/((ρ∞−4)(ρ∞−2)ρₜ)) and θ ← θ − lr·m̂·r·√(1−β₂ᵗ)/(√s + eps); else θ ← θ − lr·m̂
 * (momentum SGD for the first steps).
 */
final class RAdam extends Optimizer {
    static final OptimizerDefinition DEFINITION = new OptimizerDefinition("radam", "RAdam", RAdam::new);
    private static final NumberParam LR = DEFINITION.param(lr(0.001));
    private static final NumberParam BETA1 = DEFINITION.param(beta1());
    private static final NumberParam BETA2 = DEFINITION.param(beta2());
    private static final NumberParam EPS = DEFINITION.param(eps(1e-8));
    private static final Internal RHO_T = DEFINITION.internal("rho_t");
    private static final Internal STEP_X = DEFINITION.internal("step_x");
    private static final Internal STEP_Y = DEFINITION.internal("step_y");
    /** Below this ρₜ the variance of the adaptive step is not tractable, so the step is plain momentum. */
    private static final double TRACTABLE_RHO = 5;
    private final FirstMoment m = new FirstMoment();
    private final RunningPower beta2Power = new RunningPower();
    private double sx;
    private double sy;

    private RAdam() {
        super(DEFINITION);
    }

    @Override
    public void reset() {
        m.reset();
        sx = 0;
        sy = 0;
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
        double correction1 = m.correction(beta1, t);
        double beta2ToT = beta2Power.of(beta2, t);
        double correction2 = 1 - beta2ToT;
        double mHatX = m.x() / correction1;
        double mHatY = m.y() / correction1;
        double rhoInf = 2 / (1 - beta2) - 1;
        double rho = rhoInf - 2 * t * beta2ToT / correction2;
        double stepX = lr;
        double stepY = lr;
        if (rho > TRACTABLE_RHO) {
            double rect = Math.sqrt((rho - 4) * (rho - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rho));
            double rootCorrection2 = Math.sqrt(correction2);
            stepX = lr * rect * rootCorrection2 / (Math.sqrt(sx) + eps);
            stepY = lr * rect * rootCorrection2 / (Math.sqrt(sy) + eps);
        }
        theta[0] -= mHatX * stepX;
        theta[1] -= mHatY * stepY;
        put(RHO_T, rho);
        put(STEP_X, stepX);
        put(STEP_Y, stepY);
    }

    @Override
    protected void putState(Map<String, double[]> state) {
        m.putState(state);
        state.put("s", new double[] {sx, sy});
    }
}
