package org.optiviz.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.theory.QuadraticTheory;
import org.optiviz.core.theory.Theory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints what the theory of the quadratic says about a problem at a point, one named number per line. */
@Command(name = "theory", description = "Print the Hessian's eigenvalues, the condition number and the optimal "
        + "settings and rates of gradient descent and heavy-ball momentum: exactly for a quadratic, otherwise from "
        + "the exact Hessian at the point (by default the problem's first known minimum).")
final class TheoryCommand implements Runnable {
    /** Seven significant digits: more than any slider shows, few enough to read. */
    private static final MathContext DIGITS = new MathContext(7);

    @Spec
    CommandSpec spec;

    @Mixin
    ProblemOptions problem;

    @Option(names = "--at", paramLabel = "X,Y", description = "take the Hessian here; default: the first known minimum")
    String at;

    @Override
    public void run() {
        Surface surface = problem.resolve("ellipsoid");
        Theory theory;
        try {
            theory = at != null ? Theory.at(surface, RaceOptions.parsePoint("--at", at))
                    : Theory.atFirstMinimum(surface);
        } catch (IllegalArgumentException e) {
            throw new UsageException((at != null ? "--at: " : "") + e.getMessage()
                    + (at == null ? " (give --at=X,Y)" : ""));
        }
        print(spec.commandLine().getOut(), theory);
    }

    static void print(PrintWriter out, Theory theory) {
        QuadraticTheory q = theory.numbers();
        Point p = theory.point();
        line(out, "surface", theory.surface().key());
        line(out, "point", number(p.x()) + ", " + number(p.y()) + (theory.atMinimum() ? " (first known minimum)"
                : " (chosen)"));
        line(out, "hessian", theory.exact() ? "constant (a quadratic: the numbers hold exactly, everywhere)"
                : "exact at the point (the numbers hold near it)");
        line(out, "h_xx", number(theory.hessian().xx()));
        line(out, "h_xy", number(theory.hessian().xy()));
        line(out, "h_yy", number(theory.hessian().yy()));
        line(out, "lambda_max", number(q.lambdaMax()));
        line(out, "lambda_min", number(q.lambdaMin()));
        if (!q.positiveDefinite()) {
            line(out, "minimum", "no: an eigenvalue is not positive, so there is no rate to converge at");
            line(out, "gd_stability_limit_lr", number(q.gdStabilityLimit()));
            out.flush();
            return;
        }
        line(out, "kappa", number(q.conditionNumber()));
        line(out, "gd_optimal_lr", number(q.gdOptimalLr()));
        line(out, "gd_stability_limit_lr", number(q.gdStabilityLimit()));
        line(out, "gd_rate", number(q.gdRate()));
        line(out, "momentum_optimal_lr", number(q.momentumOptimalLr()));
        line(out, "momentum_optimal_momentum", number(q.momentumOptimalMomentum()));
        line(out, "momentum_rate", number(q.momentumRate()));
        line(out, "momentum_stability", "lr·λ < 2(1 + momentum) for λ = lambda_max; at the optimal momentum lr < "
                + number(q.momentumStabilityLimit(q.momentumOptimalMomentum())));
        out.flush();
    }

    private static void line(PrintWriter out, String name, String value) {
        out.printf("%-26s %s%n", name, value);
    }

    /** Seven significant digits, without trailing zeros or exponent for everyday sizes. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(v);
        return magnitude >= 1e-4 && magnitude < 1e9 ? rounded.toPlainString() : rounded.toString();
    }
}
