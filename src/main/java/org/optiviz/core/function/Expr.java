package org.optiviz.core.function;

/**
 * A typed expression in x and y, as a tree. Records compare by structure, so equal subtrees are equal values:
 * simplification and common-subexpression elimination rely on that.
 */
public sealed interface Expr {
    /** A constant. */
    record Num(double value) implements Expr {
    }

    /** x (index 0) or y (index 1). */
    record Var(int index) implements Expr {
        public static final Var X = new Var(0);
        public static final Var Y = new Var(1);
    }

    record Neg(Expr operand) implements Expr {
    }

    /** A binary operation. */
    record Binary(Op op, Expr left, Expr right) implements Expr {
    }

    /** A function of one argument. */
    record Call(Fn fn, Expr arg) implements Expr {
    }

    /**
     * Not typed: the subgradient of min(a, b) or max(a, b), which is {@code ifFirst} where a is chosen, {@code ifSecond}
     * where b is, and 0 where a = b.
     */
    record Chosen(Op op, Expr a, Expr b, Expr ifFirst, Expr ifSecond) implements Expr {
    }

    /** The binary operations: arithmetic, power, and the two-argument functions min and max. */
    enum Op {
        ADD, SUB, MUL, DIV, POW, MIN, MAX
    }

    /** The one-argument functions, by the names a user types. */
    enum Fn {
        SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, LOG, SQRT, ABS,
        /** Not typed: the subgradient of abs, −1, 0 or 1. */
        SIGN;

        /** The typed name. */
        public String typed() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Expr num(double value) {
        return new Num(value);
    }

    static Expr add(Expr a, Expr b) {
        return new Binary(Op.ADD, a, b);
    }

    static Expr sub(Expr a, Expr b) {
        return new Binary(Op.SUB, a, b);
    }

    static Expr mul(Expr a, Expr b) {
        return new Binary(Op.MUL, a, b);
    }

    static Expr div(Expr a, Expr b) {
        return new Binary(Op.DIV, a, b);
    }

    static Expr pow(Expr a, Expr b) {
        return new Binary(Op.POW, a, b);
    }

    static Expr call(Fn fn, Expr arg) {
        return new Call(fn, arg);
    }
}
