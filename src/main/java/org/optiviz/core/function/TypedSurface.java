package org.optiviz.core.function;

import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * A function the user typed, as a problem like any built-in surface: compiled value, exact gradient and Hessian,
 * and the facts the app needs to show it well ({@link FunctionSurvey}: floor, minima, suggested learning rates),
 * worked out from a fine sample of its view.
 */
public final class TypedSurface extends Surface {
    /** The view of a typed function when none is given. */
    public static final ViewBox DEFAULT_VIEW = new ViewBox(-3, 3, -3, 3);
    /** What the surface chooser and titles call a typed function; its formula follows. */
    public static final String DISPLAY_NAME = "Your function";
    /** Enough steps to see each optimizer's character on a hand-typed function. */
    public static final int DEFAULT_STEPS = 500;

    private final String text;
    private final CompiledFunction compiled;
    private final boolean quadratic;

    private TypedSurface(String text, CompiledFunction compiled, boolean quadratic, FunctionSurvey survey,
                         ViewBox view, Point start) {
        super("function", DISPLAY_NAME, "f(x, y) = " + text.strip(), survey.floor(), view,
                start != null ? start : survey.suggestedStart(), survey.minima(), survey.suggestedLr(),
                DEFAULT_STEPS);
        this.text = text.strip();
        this.compiled = compiled;
        this.quadratic = quadratic;
    }

    /**
     * The typed function over this view (null for {@link #DEFAULT_VIEW}) from this start (null for one chosen from
     * the view, see {@link FunctionSurvey#suggestedStart()}).
     *
     * @throws ExpressionException when the text is not a function (column and what was expected)
     * @throws IllegalArgumentException when f is undefined everywhere in the view
     */
    public static TypedSurface of(String text, ViewBox view, Point start) {
        Expr f = ExpressionParser.parse(text);
        CompiledFunction compiled = FunctionCompiler.compile(f);
        ViewBox shown = view != null ? view : DEFAULT_VIEW;
        return new TypedSurface(text, compiled, hasConstantHessian(f), FunctionSurvey.of(compiled, shown), shown,
                start);
    }

    /** The text as typed (without surrounding blanks): what a scenario stores. */
    public String text() {
        return text;
    }

    @Override
    public double value(double x, double y) {
        return compiled.value(x, y);
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        compiled.gradient(x, y, out);
    }

    /** ∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y² into out. */
    @Override
    public void hessian(double x, double y, double[] out) {
        compiled.hessian(x, y, out);
    }

    /** Equal for the same text over the same view from the same start: everything else follows from those. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TypedSurface t && t.text.equals(text) && t.defaultView().equals(defaultView())
                && t.defaultStart().equals(defaultStart());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, defaultView(), defaultStart());
    }

    /** True when every third partial derivative simplifies to the constant 0: f is a quadratic (or less). */
    @Override
    public boolean quadratic() {
        return quadratic;
    }

    private static boolean hasConstantHessian(Expr f) {
        Expr fxx = Derivative.of(Derivative.of(f, Expr.Var.X), Expr.Var.X);
        Expr fxy = Derivative.of(Derivative.of(f, Expr.Var.X), Expr.Var.Y);
        Expr fyy = Derivative.of(Derivative.of(f, Expr.Var.Y), Expr.Var.Y);
        for (Expr second : new Expr[] {fxx, fxy, fyy}) {
            for (Expr.Var v : new Expr.Var[] {Expr.Var.X, Expr.Var.Y}) {
                if (!(Derivative.of(second, v) instanceof Expr.Num n && n.value() == 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
