package org.optiviz.core.function;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.core.function.Expr.Binary;
import org.optiviz.core.function.Expr.Call;
import org.optiviz.core.function.Expr.Chosen;
import org.optiviz.core.function.Expr.Neg;
import org.optiviz.core.function.Expr.Num;
import org.optiviz.core.function.Expr.Var;

/**
 * Java statements that compute several expressions at once, each subexpression that occurs more than once computed
 * a single time into a local ({@code double t3 = ...;}). Rosenbrock's gradient, for one, repeats y − x² in both
 * partial derivatives; computing it once is what brings a typed function to the speed of a hand-written one.
 */
final class JavaSource {
    private final Map<Expr, Integer> uses = new LinkedHashMap<>();
    private final Map<Expr, String> locals = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    private JavaSource() {
    }

    /**
     * Statements computing the roots, then one statement per root: its template with the root's value for
     * {@code %s} ({@code "out[0] = %s"}).
     */
    static String statements(List<Expr> roots, List<String> targets) {
        JavaSource source = new JavaSource();
        for (Expr root : roots) {
            source.count(root);
        }
        List<String> results = new ArrayList<>();
        for (Expr root : roots) {
            results.add(source.emit(root, true));
        }
        for (int i = 0; i < roots.size(); i++) {
            source.body.append("        ").append(targets.get(i).replace("%s", results.get(i))).append(";\n");
        }
        return source.body.toString();
    }

    /** Counts how often each compound subexpression occurs; the children of a repeat are counted once. */
    private void count(Expr e) {
        if (e instanceof Num || e instanceof Var) {
            return;
        }
        int seen = uses.merge(e, 1, Integer::sum);
        if (seen > 1) {
            return;
        }
        if (e instanceof Neg n) {
            count(n.operand());
        } else if (e instanceof Binary b) {
            count(b.left());
            count(b.right());
        } else if (e instanceof Call c) {
            count(c.arg());
        } else if (e instanceof Chosen c) {
            count(c.a());
            count(c.b());
            count(c.ifFirst());
            count(c.ifSecond());
        }
    }

    /** Java text for e, hoisting repeated subexpressions into locals declared before the current statement. */
    private String emit(Expr e, boolean root) {
        String local = locals.get(e);
        if (local != null) {
            return local;
        }
        String text = inline(e);
        if (!root && uses.getOrDefault(e, 0) > 1) {
            String name = "t" + locals.size();
            body.append("        final double ").append(name).append(" = ").append(text).append(";\n");
            locals.put(e, name);
            return name;
        }
        return text;
    }

    private String inline(Expr e) {
        if (e instanceof Num n) {
            return literal(n.value());
        }
        if (e instanceof Var v) {
            return v.index() == 0 ? "x" : "y";
        }
        if (e instanceof Neg n) {
            return "(-" + emit(n.operand(), false) + ")";
        }
        if (e instanceof Call c) {
            String arg = emit(c.arg(), false);
            return switch (c.fn()) {
                case SIGN -> "FunctionMath.sign(" + arg + ")";
                default -> "Math." + c.fn().typed() + "(" + arg + ")";
            };
        }
        if (e instanceof Chosen c) {
            return "FunctionMath." + (c.op() == Expr.Op.MIN ? "minChosen(" : "maxChosen(") + emit(c.a(), false)
                    + ", " + emit(c.b(), false) + ", " + emit(c.ifFirst(), false) + ", "
                    + emit(c.ifSecond(), false) + ")";
        }
        Binary b = (Binary) e;
        String l = emit(b.left(), false);
        if (b.op() == Expr.Op.POW && b.right() instanceof Num n && (n.value() == 2 || n.value() == 3)) {
            return "FunctionMath." + (n.value() == 2 ? "sq(" : "cube(") + l + ")";
        }
        String r = emit(b.right(), false);
        return switch (b.op()) {
            case ADD -> "(" + l + " + " + r + ")";
            case SUB -> "(" + l + " - " + r + ")";
            case MUL -> "(" + l + " * " + r + ")";
            case DIV -> "FunctionMath.div(" + l + ", " + r + ")";
            case POW -> "FunctionMath.pow(" + l + ", " + r + ")";
            case MIN -> "FunctionMath.min(" + l + ", " + r + ")";
            case MAX -> "FunctionMath.max(" + l + ", " + r + ")";
        };
    }

    /** A double literal that reads back to exactly the same value. */
    private static String literal(double v) {
        if (Double.isNaN(v)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return "(" + Double.toString(v) + ")";
    }
}
