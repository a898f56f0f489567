package org.optiviz.core.optim;

/**
 * βᵗ for consecutive t, as a running product while β is unchanged, recomputed with {@link Math#pow} when β changes
 * (a slider moved) or a step is skipped: the common path costs one multiplication instead of a power.
 */
final class RunningPower {
    private double base = Double.NaN;
    private double power;
    private long exponent;

    void reset() {
        base = Double.NaN;
        exponent = 0;
    }

    double of(double beta, long t) {
        power = t == exponent + 1 && beta == base ? power * beta : Math.pow(beta, t);
        base = beta;
        exponent = t;
        return power;
    }
}
