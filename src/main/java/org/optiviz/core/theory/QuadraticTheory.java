package org.optiviz.core.theory;

/**
 * What the theory of gradient descent and heavy-ball momentum on a quadratic with Hessian eigenvalues
 * 0 &lt; λmin ≤ λmax says: the condition number, the optimal settings, their rates (the factor by which the distance
 * to the minimum shrinks per step) and where the methods stay stable. On any other surface these hold near a
 * point, from its Hessian there. Values that need a minimum (λmin &gt; 0) are NaN otherwise.
 */
public record QuadraticTheory(double lambdaMin, double lambdaMax) {
    public QuadraticTheory {
        if (lambdaMin > lambdaMax) {
            throw new IllegalArgumentException("λmin " + lambdaMin + " exceeds λmax " + lambdaMax);
        }
    }

    public static QuadraticTheory of(Hessian h) {
        return new QuadraticTheory(h.smallest(), h.largest());
    }

    /** Both eigenvalues positive: a strict local minimum, where the rates below hold. */
    public boolean positiveDefinite() {
        return lambdaMin > 0;
    }

    /** κ = λmax/λmin. */
    public double conditionNumber() {
        return positiveDefinite() ? lambdaMax / lambdaMin : Double.NaN;
    }

    /** Gradient descent's best lr, 2/(λmin + λmax): both directions then shrink at the same rate. */
    public double gdOptimalLr() {
        return positiveDefinite() ? 2 / (lambdaMin + lambdaMax) : Double.NaN;
    }

    /** Gradient descent diverges for lr ≥ 2/λmax: the steepest direction overshoots by more than it gains. */
    public double gdStabilityLimit() {
        return lambdaMax > 0 ? 2 / lambdaMax : Double.NaN;
    }

    /** Gradient descent's rate at its optimal lr, (κ − 1)/(κ + 1). */
    public double gdRate() {
        double kappa = conditionNumber();
        return (kappa - 1) / (kappa + 1);
    }

    /** Heavy-ball momentum's best lr, (2/(√λmax + √λmin))². */
    public double momentumOptimalLr() {
        if (!positiveDefinite()) {
            return Double.NaN;
        }
        double r = 2 / (Math.sqrt(lambdaMax) + Math.sqrt(lambdaMin));
        return r * r;
    }

    /** Heavy-ball momentum's best μ, ((√κ − 1)/(√κ + 1))². */
    public double momentumOptimalMomentum() {
        double rate = momentumRate();
        return rate * rate;
    }

    /** Heavy-ball momentum's rate at its optimal settings, (√κ − 1)/(√κ + 1): √κ where gradient descent has κ. */
    public double momentumRate() {
        double root = Math.sqrt(conditionNumber());
        return (root - 1) / (root + 1);
    }

    /** The largest stable lr of heavy-ball momentum with this μ: the region lr·λ &lt; 2(1 + μ) for both λ. */
    public double momentumStabilityLimit(double momentum) {
        return lambdaMax > 0 ? 2 * (1 + momentum) / lambdaMax : Double.NaN;
    }
}
