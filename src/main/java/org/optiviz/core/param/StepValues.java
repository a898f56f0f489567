package org.optiviz.core.param;

/**
 * The hyperparameter values in effect for one step, read by an optimizer through its typed handles
 * ({@link NumberParam}, {@link ChoiceParam}).
 *
 * <p>A run keeps one of these and refreshes it in place: all values when its settings change, the learning rate
 * before every step (a schedule makes lr depend on t). Stepping therefore reads plain array slots and allocates
 * nothing.
 */
public final class StepValues {
    private final double[] values;

    public StepValues(Hyperparams params) {
        this.values = new double[params.specs().size()];
        load(params);
    }

    /** Copies every value of these settings (which must have the same specs as the first ones). */
    public void load(Hyperparams params) {
        if (params.specs().size() != values.length) {
            throw new IllegalArgumentException("settings of another optimizer: " + params);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = params.get(i);
        }
    }

    public double get(int index) {
        return values[index];
    }

    /** Overrides one value for the coming step (the scheduled learning rate). */
    public void set(int index, double value) {
        values[index] = value;
    }
}
