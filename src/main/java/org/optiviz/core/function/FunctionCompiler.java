package org.optiviz.core.function;

import java.util.List;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.optiviz.core.function.Expr.Var;

/**
 * Compiles a typed function and its symbolic first and second derivatives to a class in memory (with Janino), so
 * that sampling a contour of 500×400 points or stepping a race runs at the speed of hand-written code rather than
 * walking a tree per sample.
 */
public final class FunctionCompiler {
    private FunctionCompiler() {
    }

    /** The compiled f with ∇f and the Hessian. */
    public static CompiledFunction compile(Expr f) {
        Expr fx = Derivative.of(f, Var.X);
        Expr fy = Derivative.of(f, Var.Y);
        Expr fxx = Derivative.of(fx, Var.X);
        Expr fxy = Derivative.of(fx, Var.Y);
        Expr fyy = Derivative.of(fy, Var.Y);
        String source = "import org.optiviz.core.function.FunctionMath;\n"
                + "public final class TypedFunction implements org.optiviz.core.function.CompiledFunction {\n"
                + "    public double value(double x, double y) {\n"
                + JavaSource.statements(List.of(f), List.of("return FunctionMath.finiteOrNaN(%s)"))
                + "    }\n"
                + "    public void gradient(double x, double y, double[] out) {\n"
                + JavaSource.statements(List.of(fx, fy), List.of("out[0] = %s", "out[1] = %s"))
                + "    }\n"
                + "    public void hessian(double x, double y, double[] out) {\n"
                + JavaSource.statements(List.of(fxx, fxy, fyy), List.of("out[0] = %s", "out[1] = %s", "out[2] = %s"))
                + "    }\n"
                + "}\n";
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(CompiledFunction.class.getClassLoader());
        try {
            compiler.cook(source);
            return (CompiledFunction) compiler.getClassLoader().loadClass("TypedFunction")
                    .getDeclaredConstructor().newInstance();
        } catch (CompileException | ReflectiveOperationException e) {
            // The source is generated from a tree the parser accepted, so this is a bug of ours, not the user's.
            throw new IllegalStateException("the generated code for a typed function did not compile: " + e, e);
        }
    }
}
