package org.optiviz.core.function;

import org.optiviz.core.function.Expr.Binary;
import org.optiviz.core.function.Expr.Call;
import org.optiviz.core.function.Expr.Fn;
import org.optiviz.core.function.Expr.Neg;
import org.optiviz.core.function.Expr.Num;
import org.optiviz.core.function.Expr.Op;

/**
 * Local algebraic simplification of derivatives, applied as nodes are built: constants folded, identities (a + 0,
 * a·1, a·0, a^1, a^0, −(−a)) removed, so derivatives stay small enough to compile fast and read.
 *
 * <p>a·0 becomes 0 even where a would be undefined (NaN): a gradient is only used where f itself is defined, and a
 * step that lands where f is undefined ends its run anyway. The typed f is never simplified, so its value keeps
 * every hole the user's formula has.
 */
final class Simplify {
    private Simplify() {
    }

    static Expr neg(Expr a) {
        if (a instanceof Num n) {
            return Expr.num(-n.value());
        }
        if (a instanceof Neg n) {
            return n.operand();
        }
        return new Neg(a);
    }

    static Expr add(Expr a, Expr b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return Expr.num(x.value() + y.value());
        }
        if (b instanceof Neg nb) {
            return sub(a, nb.operand());
        }
        return Expr.add(a, b);
    }

    static Expr sub(Expr a, Expr b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return Expr.num(x.value() - y.value());
        }
        if (b instanceof Neg nb) {
            return add(a, nb.operand());
        }
        return Expr.sub(a, b);
    }

    static Expr mul(Expr a, Expr b) {
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        if (isZero(a) || isZero(b)) {
            return Expr.num(0);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return Expr.num(x.value() * y.value());
        }
        if (isMinusOne(a)) {
            return neg(b);
        }
        if (isMinusOne(b)) {
            return neg(a);
        }
        if (a instanceof Neg na) {
            return neg(mul(na.operand(), b));
        }
        if (b instanceof Neg nb) {
            return neg(mul(a, nb.operand()));
        }
        if (b instanceof Num && !(a instanceof Num)) {
            return Expr.mul(b, a); // constants first, so that equal products look alike
        }
        return Expr.mul(a, b);
    }

    static Expr div(Expr a, Expr b) {
        if (isOne(b)) {
            return a;
        }
        if (a instanceof Num x && b instanceof Num y && y.value() != 0) {
            return Expr.num(x.value() / y.value());
        }
        return Expr.div(a, b);
    }

    static Expr pow(Expr a, Expr b) {
        if (isOne(b)) {
            return a;
        }
        if (isZero(b)) {
            return Expr.num(1);
        }
        if (a instanceof Num x && b instanceof Num y) {
            return Expr.num(Math.pow(x.value(), y.value()));
        }
        return Expr.pow(a, b);
    }

    static Expr call(Fn fn, Expr a) {
        return new Call(fn, a);
    }

    static Expr binary(Op op, Expr a, Expr b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case POW -> pow(a, b);
            case MIN, MAX -> new Binary(op, a, b);
        };
    }

    /** The whole tree simplified bottom-up. */
    static Expr all(Expr e) {
        if (e instanceof Neg n) {
            return neg(all(n.operand()));
        }
        if (e instanceof Binary b) {
            return binary(b.op(), all(b.left()), all(b.right()));
        }
        if (e instanceof Call c) {
            return call(c.fn(), all(c.arg()));
        }
        return e;
    }

    private static boolean isZero(Expr e) {
        return e instanceof Num n && n.value() == 0;
    }

    private static boolean isOne(Expr e) {
        return e instanceof Num n && n.value() == 1;
    }

    private static boolean isMinusOne(Expr e) {
        return e instanceof Num n && n.value() == -1;
    }
}
