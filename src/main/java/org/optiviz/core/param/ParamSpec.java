package org.optiviz.core.param;

import java.util.List;
import java.util.Locale;

/**
 * What one hyperparameter may be: its key, default and allowed range (or its named choices).
 *
 * <p>A choice parameter (Eve's {@code base}) stores the index of the chosen name as its value, so every
 * hyperparameter is a double and a run's settings fit in one array. Whole-number parameters (step counts) refuse
 * fractions; choices are whole numbers too.
 */
public record ParamSpec(
        String key,
        String symbol,
        double defaultValue,
        double min,
        boolean minInclusive,
        double max,
        boolean maxInclusive,
        ParamScale scale,
        List<String> choices,
        boolean wholeNumber,
        String description) {

    public ParamSpec {
        choices = List.copyOf(choices);
        if (!choices.isEmpty() && (defaultValue < 0 || defaultValue >= choices.size())) {
            throw new IllegalArgumentException(key + ": default choice out of range");
        }
    }

    /** A numeric parameter. */
    public static ParamSpec number(String key, String symbol, double defaultValue, double min, boolean minInclusive,
                                   double max, boolean maxInclusive, ParamScale scale, String description) {
        return new ParamSpec(key, symbol, defaultValue, min, minInclusive, max, maxInclusive, scale, List.of(),
                false, description);
    }

    /** A whole-number parameter (a count of steps) in [min, max]. */
    public static ParamSpec whole(String key, String symbol, long defaultValue, long min, long max, ParamScale scale,
                                  String description) {
        return new ParamSpec(key, symbol, defaultValue, min, true, max, true, scale, List.of(), true, description);
    }

    /** A parameter picked from names; its value is the index of the name. */
    public static ParamSpec choice(String key, String symbol, String defaultChoice, List<String> choices,
                                   String description) {
        int index = choices.indexOf(defaultChoice);
        return new ParamSpec(key, symbol, index, 0, true, choices.size() - 1, true, ParamScale.LINEAR, choices,
                true, description);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** Null when the value is allowed, otherwise a short reason such as "1.5 is outside [0, 1)". */
    public String problemWith(double value) {
        if (isChoice()) {
            if (value == Math.rint(value) && value >= 0 && value < choices.size()) {
                return null;
            }
            return format(value) + " is not one of " + String.join(", ", choices);
        }
        if (!Double.isFinite(value)) {
            return format(value) + " is not a finite number";
        }
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        if (!(aboveMin && belowMax)) {
            return format(value) + " is outside " + rangeText();
        }
        return wholeNumber && value != Math.rint(value) ? format(value) + " is not a whole number" : null;
    }

    /** Throws {@link InvalidParamException} naming this key when the value is not allowed. */
    public double check(double value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidParamException(key, problem);
        }
        return value;
    }

    /** Reads a typed value: a number, or for a choice parameter one of its names. */
    public double parse(String text) {
        String trimmed = text.trim();
        if (isChoice()) {
            int index = choices.indexOf(trimmed.toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new InvalidParamException(key, DecimalText.quote(text) + " is not one of " + String.join(", ", choices));
            }
            return index;
        }
        double value;
        try {
            value = DecimalText.parse(trimmed);
        } catch (NumberFormatException e) {
            throw new InvalidParamException(key, e.getMessage());
        }
        return check(value);
    }

    /** The allowed values as text: "[0, 1)", "(0, 10]" or "sgd|adam". */
    public String rangeText() {
        if (isChoice()) {
            return String.join("|", choices);
        }
        return (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
    }

    /** The value as it would be typed: a choice's name, or the shortest exact decimal. */
    public String valueText(double value) {
        if (isChoice() && value >= 0 && value < choices.size()) {
            return choices.get((int) value);
        }
        return format(value);
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
