package org.optiviz.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.optiviz.core.param.ChoiceParam;
import org.optiviz.core.param.NumberParam;
import org.optiviz.core.param.ParamSpec;

/**
 * What an optimizer's own file declares about it: key, display name, how to make its state, and its hyperparameters
 * and internals in order, each declaration returning the typed handle the update rule reads or writes.
 *
 * <p>The declarations run in the optimizer class's static initializer; {@link OptimizerKind#register} then seals the
 * definition, so a handle's slot always matches the list of specs and names.
 */
public final class OptimizerDefinition {
    private final String key;
    private final String displayName;
    private final Supplier<? extends Optimizer> factory;
    private final List<ParamSpec> params = new ArrayList<>();
    private final List<String> internals = new ArrayList<>();
    private boolean sealed;

    public OptimizerDefinition(String key, String displayName, Supplier<? extends Optimizer> factory) {
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("optimizer key '" + key + "' must be lower-case letters, digits, _");
        }
        this.key = key;
        this.displayName = displayName;
        this.factory = factory;
    }

    /** Declares the next numeric hyperparameter. */
    public NumberParam param(ParamSpec spec) {
        return new NumberParam(add(spec), spec);
    }

    /** Declares the next choice hyperparameter, whose choices are the enum's constants. */
    public <E extends Enum<E>> ChoiceParam<E> choice(ParamSpec spec, Class<E> type) {
        return new ChoiceParam<>(add(spec), spec, type);
    }

    /** Declares the next internal, shown by this name (a bundle key "internal." + name labels it). */
    public Internal internal(String name) {
        checkOpen();
        if (internals.contains(name)) {
            throw new IllegalArgumentException(key + ": internal '" + name + "' declared twice");
        }
        internals.add(name);
        return new Internal(internals.size() - 1, name);
    }

    private int add(ParamSpec spec) {
        checkOpen();
        for (ParamSpec declared : params) {
            if (declared.key().equals(spec.key())) {
                throw new IllegalArgumentException(key + ": hyperparameter '" + spec.key() + "' declared twice");
            }
        }
        params.add(spec);
        return params.size() - 1;
    }

    private void checkOpen() {
        if (sealed) {
            throw new IllegalStateException(key + " is registered already; declare everything before registering");
        }
    }

    void seal() {
        sealed = true;
    }

    String key() {
        return key;
    }

    String displayName() {
        return displayName;
    }

    List<ParamSpec> params() {
        return List.copyOf(params);
    }

    List<String> internals() {
        return List.copyOf(internals);
    }

    int internalCount() {
        return internals.size();
    }

    Optimizer newOptimizer() {
        return factory.get();
    }
}
