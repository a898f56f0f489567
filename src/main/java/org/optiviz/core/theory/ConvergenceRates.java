package org.optiviz.core.theory;

import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;

/**
 * The per-step rate, and the stability boundary, that theory predicts on a quadratic with eigenvalues λmin and
 * λmax for the methods it covers: gradient descent (SGD without noise), heavy-ball momentum and Nesterov's method,
 * at any settings, not only the optimal ones. The rate is the spectral radius of the method's linear iteration: the
 * distance to the minimum shrinks by about this factor per step, the loss gap by its square.
 */
public final class ConvergenceRates {
    private ConvergenceRates() {
    }

    /** Whether theory here covers this optimizer (SGD, Momentum, NAG). */
    public static boolean covers(OptimizerKind kind) {
        return kind == OptimizerKind.SGD || kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NAG;
    }

    /** The predicted rate of this optimizer with these settings; NaN for one theory does not cover. */
    public static double rate(OptimizerKind kind, Hyperparams settings, QuadraticTheory q) {
        if (!covers(kind)) {
            return Double.NaN;
        }
        double lr = settings.get("lr");
        double mu = kind == OptimizerKind.SGD ? 0 : settings.get("momentum");
        boolean nesterov = kind == OptimizerKind.NAG;
        return Math.max(radius(lr, mu, nesterov, q.lambdaMin()), radius(lr, mu, nesterov, q.lambdaMax()));
    }

    /**
     * The largest stable lr for this optimizer at this momentum on curvature λmax: 2/λ for gradient descent,
     * 2(1 + μ)/λ for heavy ball, 2(1 + μ)/((1 + 2μ)λ) for Nesterov; NaN for an optimizer theory does not cover. What
     * a sweep over lr can draw as the theoretical edge of divergence.
     */
    public static double stableLrLimit(OptimizerKind kind, double momentum, double lambdaMax) {
        if (!covers(kind) || !(lambdaMax > 0)) {
            return Double.NaN;
        }
        if (kind == OptimizerKind.SGD) {
            return 2 / lambdaMax;
        }
        if (kind == OptimizerKind.MOMENTUM) {
            return 2 * (1 + momentum) / lambdaMax;
        }
        return 2 * (1 + momentum) / ((1 + 2 * momentum) * lambdaMax);
    }

    /**
     * The spectral radius along one eigen-direction of curvature λ. With h = lr·λ the error obeys
     * e' = (1 + μ − h)e − μe₋ for heavy ball and e' = (1 + μ)(1 − h)e − μ(1 − h)e₋ for Nesterov, so the radius is
     * the larger root of z² − bz + c, b and c the coefficients; μ = 0 gives gradient descent's |1 − h|.
     */
    static double radius(double lr, double mu, boolean nesterov, double lambda) {
        double h = lr * lambda;
        double b = nesterov ? (1 + mu) * (1 - h) : 1 + mu - h;
        double c = nesterov ? mu * (1 - h) : mu;
        double disc = b * b - 4 * c;
        if (disc < 0) {
            return Math.sqrt(c); // complex pair: both have modulus √c
        }
        double root = Math.sqrt(disc);
        return Math.max(Math.abs(b + root), Math.abs(b - root)) / 2;
    }

    /**
     * The loss gap theory predicts after t steps from a start gap: gap₀·ρ^(2t), the envelope the measured loss gap
     * of these methods follows on a quadratic.
     */
    public static double envelope(double startGap, double rate, long t) {
        return startGap * Math.pow(rate, 2.0 * t);
    }
}
