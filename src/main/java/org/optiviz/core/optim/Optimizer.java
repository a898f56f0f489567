package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * The per-run state of one optimizer (moments, previous gradient, step-size history) and its update rule.
 *
 * <p>Hyperparameters are passed to every step instead of being held here, so changing them mid-run keeps
 * the state. After each step the optimizer's internals (effective step sizes, Eve's αₜ, …) can be read by
 * index, in the order {@link OptimizerKind#internals()} names them.
 */
public abstract class Optimizer {
    /** Scratch space for the gradient, reused every step so that stepping allocates nothing. */
    protected final double[] g = new double[2];
    protected final double[] internals;

    protected Optimizer(int internalCount) {
        this.internals = new double[internalCount];
    }

    /** Forgets all state, as before step 1. */
    public abstract void reset();

    /**
     * Moves theta (x in theta[0], y in theta[1]) by one step.
     *
     * @param loss f(θ) at the current point, as the run already computed it (loss-feedback optimizers use it
     *             instead of evaluating f again)
     * @param t    the number of this step, 1 for the first
     */
    public abstract void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t);

    /** The gradient this optimizer used in its last step. */
    public double lastGradient(int coordinate) {
        return g[coordinate];
    }

    public int internalCount() {
        return internals.length;
    }

    public double internal(int index) {
        return internals[index];
    }

    protected static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
