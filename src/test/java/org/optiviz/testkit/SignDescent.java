package org.optiviz.testkit;

import java.util.List;
import org.optiviz.core.optim.Internal;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.Optimizer;
import org.optiviz.core.optim.OptimizerDefinition;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamScale;
import org.optiviz.core.param.ParamSpec;
import org.optiviz.core.param.StepValues;

/**
 * An optimizer that exists only in the tests, written as a plug-in would be: this one file and no entry in the
 * palette, the bundles or the registry list. θ ← θ − lr·sign(g)·shrinkᵗ⁻¹.
 */
public final class SignDescent extends Optimizer {
    public static final OptimizerDefinition DEFINITION =
            new OptimizerDefinition("signdescent", "SignDescent", SignDescent::new);
    private static final NumberParam LR = DEFINITION.param(
            ParamSpec.number("lr", "lr", 0.05, 0, false, 100, true, ParamScale.LOG, "length of every step"));
    private static final NumberParam SHRINK = DEFINITION.param(
            ParamSpec.number("shrink", "s", 0.5, 0, false, 1, true, ParamScale.LINEAR,
                    "factor by which the step shrinks each time"));
    private static final Internal SCALE = DEFINITION.internal("scale");
    private double scale;

    private SignDescent() {
        super(DEFINITION);
    }

    /** Registers it for the duration of a test; close the returned scope to remove it again. */
    public static Scope register() {
        return new Scope(OptimizerKind.register(DEFINITION));
    }

    /** A registration that ends when closed, so other tests see the built-in optimizers only. */
    public record Scope(OptimizerKind kind) implements AutoCloseable {
        @Override
        public void close() {
            OptimizerKind.unregister(kind);
        }
    }

    /** Its hyperparameters' keys, own ones first. */
    public static List<String> ownKeys() {
        return List.of("lr", "shrink");
    }

    @Override
    public void reset() {
        scale = 1;
    }

    @Override
    public void step(StepValues p, Objective objective, double[] theta, double loss, long t) {
        objective.gradient(theta[0], theta[1], t, g);
        double length = LR.of(p) * scale;
        theta[0] -= length * Math.signum(g[0]);
        theta[1] -= length * Math.signum(g[1]);
        put(SCALE, scale);
        scale *= SHRINK.of(p);
    }
}
