package org.optiviz.core.function;

import org.optiviz.core.function.Expr.Binary;
import org.optiviz.core.function.Expr.Call;
import org.optiviz.core.function.Expr.Chosen;
import org.optiviz.core.function.Expr.Neg;
import org.optiviz.core.function.Expr.Num;
import org.optiviz.core.function.Expr.Var;

/** Evaluates a tree directly: the slow, obvious reading that the compiled code is checked against. */
final class TreeEvaluator {
    private TreeEvaluator() {
    }

    static double value(Expr e, double x, double y) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Var v) {
            return v.index() == 0 ? x : y;
        }
        if (e instanceof Neg n) {
            return -value(n.operand(), x, y);
        }
        if (e instanceof Call c) {
            double a = value(c.arg(), x, y);
            return switch (c.fn()) {
                case SIN -> Math.sin(a);
                case COS -> Math.cos(a);
                case TAN -> Math.tan(a);
                case ASIN -> Math.asin(a);
                case ACOS -> Math.acos(a);
                case ATAN -> Math.atan(a);
                case SINH -> Math.sinh(a);
                case COSH -> Math.cosh(a);
                case TANH -> Math.tanh(a);
                case EXP -> Math.exp(a);
                case LOG -> Math.log(a);
                case SQRT -> Math.sqrt(a);
                case ABS -> Math.abs(a);
                case SIGN -> FunctionMath.sign(a);
            };
        }
        if (e instanceof Chosen c) {
            double a = value(c.a(), x, y);
            double b = value(c.b(), x, y);
            double da = value(c.ifFirst(), x, y);
            double db = value(c.ifSecond(), x, y);
            return c.op() == Expr.Op.MIN ? FunctionMath.minChosen(a, b, da, db) : FunctionMath.maxChosen(a, b, da, db);
        }
        Binary b = (Binary) e;
        double l = value(b.left(), x, y);
        double r = value(b.right(), x, y);
        return switch (b.op()) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> r == 0 ? Double.NaN : l / r;
            case POW -> Math.pow(l, r);
            case MIN -> Math.min(l, r);
            case MAX -> Math.max(l, r);
        };
    }
}
