package org.optiviz.core.function;

/**
 * A typed f(x, y) compiled to bytecode with its exact first and second derivatives. Implementations are
 * generated; each method allocates nothing.
 */
public interface CompiledFunction {
    /** f(x, y), NaN where it is undefined or not finite. */
    double value(double x, double y);

    /** ∂f/∂x into out[0], ∂f/∂y into out[1]. */
    void gradient(double x, double y, double[] out);

    /** ∂²f/∂x² into out[0], ∂²f/∂x∂y into out[1], ∂²f/∂y² into out[2]. */
    void hessian(double x, double y, double[] out);
}
