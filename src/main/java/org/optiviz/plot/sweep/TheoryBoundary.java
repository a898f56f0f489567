package org.optiviz.plot.sweep;

import java.util.Locale;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.theory.ConvergenceRates;
import org.optiviz.core.theory.Theory;

/**
 * Where theory puts the edge of divergence over lr: lr·λmax = 2 for gradient descent, 2(1 + μ) for heavy ball,
 * 2(1 + μ)/(1 + 2μ) for Nesterov (see {@link ConvergenceRates#stableLrLimit}). Exact on a quadratic; elsewhere
 * from the Hessian at the surface's first known minimum, which only holds near it.
 *
 * @param momentum the momentum used where the sweep does not vary it (0 for gradient descent)
 * @param at       the point whose Hessian gave λmax
 */
public record TheoryBoundary(OptimizerKind kind, double lambdaMax, double momentum, boolean exact, Point at) {
    /**
     * The boundary for a sweep of this optimizer over these axes, or null when theory has none to offer: the
     * optimizer is not gradient descent, heavy ball or Nesterov, neither axis is lr, or the surface's curvature at
     * its minimum is not positive.
     */
    public static TheoryBoundary of(Surface surface, OptimizerKind kind, Hyperparams base, String xKey,
                                    String yKey) {
        if (!ConvergenceRates.covers(kind) || !(xKey.equals("lr") || yKey.equals("lr"))) {
            return null;
        }
        Theory theory;
        try {
            if (surface.minima().isEmpty()) {
                return null;
            }
            theory = Theory.atFirstMinimum(surface);
        } catch (IllegalArgumentException e) {
            return null;
        }
        double lambdaMax = theory.numbers().lambdaMax();
        if (!(lambdaMax > 0) || !Double.isFinite(lambdaMax)) {
            return null;
        }
        double mu = base.has("momentum") ? base.get("momentum") : 0;
        return new TheoryBoundary(kind, lambdaMax, mu, theory.exact(), theory.point());
    }

    /** The largest stable lr at this momentum. */
    public double lrLimit(double mu) {
        return ConvergenceRates.stableLrLimit(kind, kind == OptimizerKind.SGD ? 0 : mu, lambdaMax);
    }

    /** The rule as a formula: "lr·λmax = 2(1 + μ), λmax = 4". */
    public String formula() {
        String rule = kind == OptimizerKind.SGD ? "lr·λmax = 2"
                : kind == OptimizerKind.MOMENTUM ? "lr·λmax = 2(1 + μ)" : "lr·λmax = 2(1 + μ)/(1 + 2μ)";
        return rule + ", λmax = " + String.format(Locale.ROOT, "%.5g", lambdaMax).replaceAll("\\.?0+$", "");
    }

    /** The legend's line in these words. */
    public String label(SweepWords words) {
        return exact ? String.format(Locale.ROOT, words.theoryExact(), formula())
                : String.format(Locale.ROOT, words.theoryLocal(), formula(), number(at.x()), number(at.y()));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }
}
