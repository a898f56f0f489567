package org.optiviz.core.optim;

/**
 * The bias-corrected first moment that Adam's relatives (Adamax, AMSGrad, RAdam, AdaBelief, Yogi) share: the
 * running mean of the gradient, m ← β₁m + (1 − β₁)g, and its correction 1 − β₁ᵗ. Their second moments differ and
 * stay in their own files.
 */
final class FirstMoment {
    private final RunningPower power = new RunningPower();
    private double x;
    private double y;

    void reset() {
        x = 0;
        y = 0;
        power.reset();
    }

    /** m ← β₁m + (1 − β₁)g for both coordinates. */
    void update(double beta1, double[] g) {
        x = beta1 * x + (1 - beta1) * g[0];
        y = beta1 * y + (1 - beta1) * g[1];
    }

    /** 1 − β₁ᵗ, with β₁ᵗ kept as a running product while β₁ is unchanged. */
    double correction(double beta1, long t) {
        return 1 - power.of(beta1, t);
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }
}
