package org.optiviz.core.param;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, validated set of hyperparameter values for one optimizer, in the order of its specs.
 *
 * <p>Optimizers read values by index on every step, so lookups there cost an array access; the by-key
 * methods serve the command line, scenarios and the window.
 */
public final class Hyperparams {
    private final List<ParamSpec> specs;
    private final double[] values;

    private Hyperparams(List<ParamSpec> specs, double[] values) {
        this.specs = specs;
        this.values = values;
    }

    /** Every parameter at its default. */
    public static Hyperparams defaults(List<ParamSpec> specs) {
        double[] values = new double[specs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = specs.get(i).defaultValue();
        }
        return new Hyperparams(List.copyOf(specs), values);
    }

    public List<ParamSpec> specs() {
        return specs;
    }

    public double get(int index) {
        return values[index];
    }

    public double get(String key) {
        return values[indexOf(key)];
    }

    public boolean has(String key) {
        return find(key) >= 0;
    }

    public ParamSpec spec(String key) {
        return specs.get(indexOf(key));
    }

    /** A copy with one value changed; throws {@link InvalidParamException} for an unknown key or bad value. */
    public Hyperparams with(String key, double value) {
        int index = indexOf(key);
        specs.get(index).check(value);
        if (values[index] == value) {
            return this;
        }
        double[] copy = values.clone();
        copy[index] = value;
        return new Hyperparams(specs, copy);
    }

    /** A copy with every given value changed, checked one by one in the map's order. */
    public Hyperparams with(Map<String, Double> changes) {
        Hyperparams result = this;
        for (Map.Entry<String, Double> change : changes.entrySet()) {
            result = result.with(change.getKey(), change.getValue());
        }
        return result;
    }

    /** Key to value, in spec order. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(specs.get(i).key(), values[i]);
        }
        return map;
    }

    private int indexOf(String key) {
        int index = find(key);
        if (index < 0) {
            throw new InvalidParamException(key, "unknown hyperparameter; known: " + keys());
        }
        return index;
    }

    private int find(String key) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private String keys() {
        StringBuilder sb = new StringBuilder();
        for (ParamSpec spec : specs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(spec.key());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparams other && specs.equals(other.specs) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * specs.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ";").append(specs.get(i).key()).append('=').append(specs.get(i).valueText(values[i]));
        }
        return sb.toString();
    }
}
