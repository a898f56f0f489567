package org.optiviz.core.param;

/**
 * A typed handle on one numeric hyperparameter of an optimizer: its spec and its slot in the settings. Handles are
 * made by declaring the parameter, so the slot always matches the order of the specs.
 */
public final class NumberParam {
    private final int index;
    private final ParamSpec spec;

    public NumberParam(int index, ParamSpec spec) {
        if (spec.isChoice()) {
            throw new IllegalArgumentException(spec.key() + " is a choice; use a ChoiceParam");
        }
        this.index = index;
        this.spec = spec;
    }

    /** The value in effect for this step. */
    public double of(StepValues values) {
        return values.get(index);
    }

    /** The value in these settings. */
    public double of(Hyperparams params) {
        return params.get(index);
    }

    public int index() {
        return index;
    }

    public ParamSpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return spec.key();
    }
}
