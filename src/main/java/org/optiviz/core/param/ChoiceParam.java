package org.optiviz.core.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A typed handle on one choice hyperparameter: its choices are the constants of an enum (lower-cased as keys), and
 * reading it gives the chosen constant rather than an index.
 */
public final class ChoiceParam<E extends Enum<E>> {
    private final int index;
    private final ParamSpec spec;
    private final E[] constants;

    public ChoiceParam(int index, ParamSpec spec, Class<E> type) {
        this.index = index;
        this.spec = spec;
        this.constants = type.getEnumConstants();
        if (!spec.choices().equals(names(type))) {
            throw new IllegalArgumentException(spec.key() + ": choices " + spec.choices() + " do not match " + type);
        }
    }

    /** The spec for a choice among the enum's constants, whose lower-cased names are the keys. */
    public static <E extends Enum<E>> ParamSpec spec(String key, String symbol, E defaultChoice, String description) {
        return ParamSpec.choice(key, symbol, name(defaultChoice), names(defaultChoice.getDeclaringClass()),
                description);
    }

    /** The choice in effect for this step. */
    public E of(StepValues values) {
        return constants[(int) values.get(index)];
    }

    /** The choice in these settings. */
    public E of(Hyperparams params) {
        return constants[(int) params.get(index)];
    }

    public int index() {
        return index;
    }

    public ParamSpec spec() {
        return spec;
    }

    /** The key of a choice as typed and saved: its constant's name in lower case. */
    public static String name(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(name(constant));
        }
        return names;
    }

    @Override
    public String toString() {
        return spec.key();
    }
}
