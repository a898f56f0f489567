package org.optiviz.core.function;

import static org.optiviz.core.function.Simplify.add;
import static org.optiviz.core.function.Simplify.call;
import static org.optiviz.core.function.Simplify.div;
import static org.optiviz.core.function.Simplify.mul;
import static org.optiviz.core.function.Simplify.neg;
import static org.optiviz.core.function.Simplify.pow;
import static org.optiviz.core.function.Simplify.sub;

import org.optiviz.core.function.Expr.Binary;
import org.optiviz.core.function.Expr.Call;
import org.optiviz.core.function.Expr.Fn;
import org.optiviz.core.function.Expr.Neg;
import org.optiviz.core.function.Expr.Num;
import org.optiviz.core.function.Expr.Op;
import org.optiviz.core.function.Expr.Var;

/**
 * Symbolic partial derivatives. abs, min and max take a subgradient that is 0 at the kink: sign(a)·a' for |a|
 * (sign 0 at 0), and for min(a, b) a' where a &lt; b, b' where b &lt; a, 0 where they are equal.
 */
public final class Derivative {
    private Derivative() {
    }

    /** ∂e/∂v, simplified. */
    public static Expr of(Expr e, Var v) {
        if (!dependsOn(e, v)) {
            return Expr.num(0);
        }
        if (e instanceof Var) {
            return Expr.num(1);
        }
        if (e instanceof Neg n) {
            return neg(of(n.operand(), v));
        }
        if (e instanceof Call c) {
            return mul(outer(c.fn(), c.arg()), of(c.arg(), v));
        }
        if (e instanceof Expr.Chosen c) {
            // Piecewise: the derivative of whichever piece is chosen, still 0 at the tie.
            return kinkOf(c, v);
        }
        Binary b = (Binary) e;
        Expr l = b.left();
        Expr r = b.right();
        return switch (b.op()) {
            case ADD -> add(of(l, v), of(r, v));
            case SUB -> sub(of(l, v), of(r, v));
            case MUL -> add(mul(of(l, v), r), mul(l, of(r, v)));
            case DIV -> dependsOn(r, v)
                    ? div(sub(mul(of(l, v), r), mul(l, of(r, v))), pow(r, Expr.num(2)))
                    : div(of(l, v), r);
            case POW -> power(l, r, v);
            case MIN, MAX -> kink(b.op(), l, r, v);
        };
    }

    /** d(l^r): r·l^(r−1)·l' for an exponent free of v, l^r·(r'·ln l + r·l'/l) otherwise. */
    private static Expr power(Expr l, Expr r, Var v) {
        if (!dependsOn(r, v)) {
            Expr exponent = r instanceof Num n ? Expr.num(n.value() - 1) : sub(r, Expr.num(1));
            return mul(mul(r, pow(l, exponent)), of(l, v));
        }
        Expr logPart = mul(of(r, v), call(Fn.LOG, l));
        Expr basePart = dependsOn(l, v) ? div(mul(r, of(l, v)), l) : Expr.num(0);
        return mul(Expr.pow(l, r), add(logPart, basePart));
    }

    /** The subgradient of min(a, b) or max(a, b): the chosen argument's derivative, 0 at a tie. */
    private static Expr kink(Op op, Expr a, Expr b, Var v) {
        Expr da = of(a, v);
        Expr db = of(b, v);
        return da.equals(db) ? da : new Expr.Chosen(op, a, b, da, db);
    }

    /** f'(a) for the outer function f of a call. */
    private static Expr outer(Fn fn, Expr a) {
        return switch (fn) {
            case SIN -> call(Fn.COS, a);
            case COS -> neg(call(Fn.SIN, a));
            case TAN -> div(Expr.num(1), pow(call(Fn.COS, a), Expr.num(2)));
            case ASIN -> div(Expr.num(1), call(Fn.SQRT, sub(Expr.num(1), pow(a, Expr.num(2)))));
            case ACOS -> neg(div(Expr.num(1), call(Fn.SQRT, sub(Expr.num(1), pow(a, Expr.num(2))))));
            case ATAN -> div(Expr.num(1), add(Expr.num(1), pow(a, Expr.num(2))));
            case SINH -> call(Fn.COSH, a);
            case COSH -> call(Fn.SINH, a);
            case TANH -> sub(Expr.num(1), pow(call(Fn.TANH, a), Expr.num(2)));
            case EXP -> call(Fn.EXP, a);
            case LOG -> div(Expr.num(1), a);
            case SQRT -> div(Expr.num(0.5), call(Fn.SQRT, a));
            case ABS -> call(Fn.SIGN, a);
            case SIGN -> Expr.num(0);
        };
    }

    private static Expr kinkOf(Expr.Chosen c, Var v) {
        Expr da = of(c.ifFirst(), v);
        Expr db = of(c.ifSecond(), v);
        return da.equals(Expr.num(0)) && db.equals(Expr.num(0)) ? Expr.num(0)
                : new Expr.Chosen(c.op(), c.a(), c.b(), da, db);
    }

    /** Whether v occurs in e. */
    public static boolean dependsOn(Expr e, Var v) {
        if (e instanceof Var w) {
            return w.equals(v);
        }
        if (e instanceof Neg n) {
            return dependsOn(n.operand(), v);
        }
        if (e instanceof Call c) {
            return dependsOn(c.arg(), v);
        }
        if (e instanceof Binary b) {
            return dependsOn(b.left(), v) || dependsOn(b.right(), v);
        }
        if (e instanceof Expr.Chosen c) {
            return dependsOn(c.ifFirst(), v) || dependsOn(c.ifSecond(), v);
        }
        return false;
    }
}
