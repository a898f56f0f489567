package org.optiviz.core.optim;

import java.util.Map;
/**
 * The bias-corrected first moment that Adam's relatives (Adamax, AMSGrad, RAdam, AdaBelief, Yogi) share: the
 * running mean of the gradient, m ← β₁m + (1 − β₁)g, and its correction 1 − β₁ᵗ. Their second moments differ and
 * stay in their own files.
 */
final class FirstMoment {
    private final RunningPower power = new RunningPower();
    private double x;
    private double y;
    private double lastCorrection = 1;

    void reset() {
        x = 0;
        y = 0;
        power.reset();
        lastCorrection = 1;
    }

    /** m ← β₁m + (1 − β₁)g for both coordinates. */
    void update(double beta1, double[] g) {
        x = beta1 * x + (1 - beta1) * g[0];
        y = beta1 * y + (1 - beta1) * g[1];
    }

    /** 1 − β₁ᵗ, with β₁ᵗ kept as a running product while β₁ is unchanged. */
    double correction(double beta1, long t) {
        lastCorrection = 1 - power.of(beta1, t);
        return lastCorrection;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    /** m and its bias-corrected m̂ = m/(1 − β₁ᵗ) after the latest step. */
    void putState(Map<String, double[]> state) {
        state.put("m", new double[] {x, y});
        state.put("m̂", new double[] {x / lastCorrection, y / lastCorrection});
    }
}
