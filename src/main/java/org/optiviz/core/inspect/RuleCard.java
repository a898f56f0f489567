package org.optiviz.core.inspect;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.race.Run;

/**
 * The update rule of a run's optimizer, one line per formula, with the numbers of its latest step substituted: the
 * hyperparameters and step-dependent factors it used, and what each formula gave, read from the optimizer's state
 * and internals (not recomputed), so the card shows exactly what the run did. An optimizer without a rule here (a
 * plug-in) gets its gradient, internals and step.
 */
public final class RuleCard {
    private static final MathContext DIGITS = new MathContext(4);
    private static final Map<String, String> SYMBOLS = Map.of("lr_t", "lrₜ", "beta1_t", "β₁,ₜ", "alpha_t", "αₜ",
            "mu_t", "μₜ", "rho_t", "ρₜ", "t", "t", "d", "d", "r", "r");

    private RuleCard() {
    }

    /** The lines of the run's latest step; empty before its first step. */
    public static List<RuleLine> of(Run run) {
        if (run.step() == 0) {
            return List.of();
        }
        List<String[]> spec = RuleBook.lines(run.kind());
        if (spec == null) {
            return generic(run);
        }
        Values values = new Values(run);
        List<RuleLine> lines = new ArrayList<>();
        for (String[] line : spec) {
            // caption, formula, result name, then the scalars' names
            List<String> scalars = new ArrayList<>();
            for (int i = 3; i < line.length; i++) {
                scalars.add(values.scalar(line[i]));
            }
            lines.add(new RuleLine(line[0], line[1], scalars, line[2].isEmpty() ? "" : values.result(line[2])));
        }
        return lines;
    }

    /** The card as text to copy: a title line, then one line per formula. */
    public static String text(String title, List<RuleLine> lines) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (RuleLine line : lines) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }

    private static List<RuleLine> generic(Run run) {
        Values values = new Values(run);
        List<RuleLine> lines = new ArrayList<>();
        lines.add(new RuleLine("gradient", "g = ∇f(θ)", List.of(), values.result("g")));
        List<String> internals = run.kind().internals();
        List<String> scalars = new ArrayList<>();
        for (int k = 0; k < internals.size(); k++) {
            scalars.add(internals.get(k) + " = " + number(run.internal(k)));
        }
        lines.add(new RuleLine("internals", run.kind().displayName(), scalars, ""));
        lines.add(new RuleLine("step", "Δθ = θₜ − θₜ₋₁", List.of(), values.result("step")));
        lines.add(new RuleLine("point", "θ ← θ + Δθ", List.of(), values.result("theta")));
        return lines;
    }

    /** Four significant digits; plain for everyday sizes, with an exponent otherwise. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        double size = Math.abs(v);
        String text = size >= 1e-3 && size < 1e6 ? rounded.toPlainString() : rounded.toString().replace("E", "e");
        return text.replace('-', '−');
    }

    static String vector(double x, double y) {
        return "(" + number(x) + ", " + number(y) + ")";
    }

    /** What a line's names stand for in this run's latest step. */
    private static final class Values {
        private final Run run;
        private final Map<String, double[]> state;

        Values(Run run) {
            this.run = run;
            this.state = run.optimizerState();
        }

        String scalar(String name) {
            String symbol = SYMBOLS.get(name);
            if (name.equals("t")) {
                return "t = " + run.step();
            }
            int internal = run.kind().internals().indexOf(name);
            if (internal >= 0) {
                return symbol + " = " + number(run.internal(internal));
            }
            ParamSpec spec = run.params().spec(name);
            return spec.symbol() + " = " + number(run.params().get(name));
        }

        String result(String name) {
            int n = run.trajectory().size();
            switch (name) {
                case "g":
                    return "g = " + vector(run.lastGradient(0), run.lastGradient(1));
                case "theta":
                    return "θ = " + vector(run.x(), run.y());
                case "step":
                    if (n < 2) {
                        return "";
                    }
                    return "Δθ = " + vector(run.x() - run.trajectory().x(n - 2),
                            run.y() - run.trajectory().y(n - 2));
                case "c":
                    List<String> internals = run.kind().internals();
                    return "c = " + vector(run.internal(internals.indexOf("c_x")),
                            run.internal(internals.indexOf("c_y")));
                default:
                    double[] v = state.get(name);
                    if (v != null) {
                        return name + " = " + vector(v[0], v[1]);
                    }
                    return scalar(name);
            }
        }
    }

    /** Whether the card shows this optimizer's own rule (rather than its gradient, internals and step). */
    public static boolean hasRule(OptimizerKind kind) {
        return RuleBook.lines(kind) != null;
    }
}
