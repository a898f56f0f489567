package org.optiviz.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optiviz.core.param.StepValues;

/**
 * The per-run state of one optimizer (moments, previous gradient, step-size history) and its update rule.
 *
 * <p>Hyperparameters are passed to every step instead of being held here, so changing them mid-run keeps
 * the state; the rule reads them through the handles its definition declared. After each step the optimizer's
 * internals (effective step sizes, Eve's αₜ, …) can be read by index, in the order the definition declared them.
 */
public abstract class Optimizer {
    /** Scratch space for the gradient, reused every step so that stepping allocates nothing. */
    protected final double[] g = new double[2];
    private final double[] internals;

    /** State sized by the definition: one slot per declared internal. */
    protected Optimizer(OptimizerDefinition definition) {
        this.internals = new double[definition.internalCount()];
    }

    /** Forgets all state, as before step 1. */
    public abstract void reset();

    /**
     * Moves theta (x in theta[0], y in theta[1]) by one step.
     *
     * @param p    the hyperparameters in effect for this step (lr already scheduled)
     * @param loss f(θ) at the current point, as the run already computed it (loss-feedback optimizers use it
     *             instead of evaluating f again)
     * @param t    the number of this step, 1 for the first
     */
    public abstract void step(StepValues p, Objective objective, double[] theta, double loss, long t);

    /** Records the value of one internal for the step just taken. */
    protected final void put(Internal which, double value) {
        internals[which.index()] = value;
    }

    /** The gradient this optimizer used in its last step. */
    public double lastGradient(int coordinate) {
        return g[coordinate];
    }

    /**
     * The rule's own state after the latest step, each vector under the name its formula gives it ("v", "m", "s",
     * "m̂", "ŝ", …) as {x, y}, in the order the rule computes them; empty for a rule without state (SGD). Read to
     * show a step, not while stepping: it allocates.
     */
    public Map<String, double[]> state() {
        Map<String, double[]> state = new LinkedHashMap<>();
        putState(state);
        return state;
    }

    /** Adds the rule's state to {@link #state()}; nothing for a rule without state. */
    protected void putState(Map<String, double[]> state) {
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
