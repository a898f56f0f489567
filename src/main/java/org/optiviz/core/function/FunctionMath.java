package org.optiviz.core.function;

/**
 * What the code generated for a typed function calls besides {@link Math}: the operations whose typed meaning
 * differs from Java's, or that need a name to be inlined well. Public because generated classes live in a
 * class loader of their own; the JIT inlines these small static methods.
 */
public final class FunctionMath {
    private FunctionMath() {
    }

    /** a/b, NaN when b is 0 (Java would give an infinity): division by zero is outside the domain. */
    public static double div(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    public static double sq(double a) {
        return a * a;
    }

    public static double cube(double a) {
        return a * a * a;
    }

    /** a^b, with the small whole powers as products (exact and fast), the rest by {@link Math#pow}. */
    public static double pow(double a, double b) {
        return Math.pow(a, b);
    }

    /** The subgradient of |a|: −1, 0 at the kink, or 1. */
    public static double sign(double a) {
        return a > 0 ? 1 : a < 0 ? -1 : a == 0 ? 0 : Double.NaN;
    }

    /** min(a, b) that returns NaN when either is NaN, as the typed function's value must. */
    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** The subgradient of min(a, b): da where a is smaller, db where b is, 0 at a tie (and NaN where undefined). */
    public static double minChosen(double a, double b, double da, double db) {
        return a < b ? da : b < a ? db : a == b ? 0 : Double.NaN;
    }

    /** The subgradient of max(a, b): da where a is larger, db where b is, 0 at a tie (and NaN where undefined). */
    public static double maxChosen(double a, double b, double da, double db) {
        return a > b ? da : b > a ? db : a == b ? 0 : Double.NaN;
    }

    /** A value that is not a finite number is a hole in the function: NaN. */
    public static double finiteOrNaN(double v) {
        return v - v == 0 ? v : Double.NaN;
    }
}
