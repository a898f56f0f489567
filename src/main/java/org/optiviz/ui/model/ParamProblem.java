package org.optiviz.ui.model;

import java.util.Locale;
import org.optiviz.core.param.ParamSpec;

/**
 * Why a hyperparameter value is refused, as data rather than text, so the window can say it in the user's
 * language: the kind of problem picks a bundle string and {@link #args()} fill it (symbol, value, what is allowed).
 * The range itself is the spec's own check, so the message never disagrees with what the core accepts.
 */
public record ParamProblem(Kind kind, ParamSpec spec, String value) {
    /** Each kind has a bundle string "param.problem." + its key. */
    public enum Kind {
        NOT_A_NUMBER("notNumber"), NOT_FINITE("notFinite"), OUTSIDE("outside"), NOT_A_CHOICE("notChoice");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** The problem with typed text, or null when the spec accepts it. */
    public static ParamProblem ofText(ParamSpec spec, String text) {
        String typed = text == null ? "" : text.trim();
        if (spec.isChoice()) {
            return spec.choices().contains(typed.toLowerCase(Locale.ROOT)) ? null
                    : new ParamProblem(Kind.NOT_A_CHOICE, spec, typed);
        }
        double value;
        try {
            value = Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            return new ParamProblem(Kind.NOT_A_NUMBER, spec, typed);
        }
        return problem(spec, value, typed);
    }

    /** The problem with a value (a slider position, a choice index), or null when the spec accepts it. */
    public static ParamProblem ofValue(ParamSpec spec, double value) {
        return problem(spec, value, spec.isChoice() ? spec.valueText(value) : ParamText.of(spec, value));
    }

    private static ParamProblem problem(ParamSpec spec, double value, String shown) {
        if (spec.problemWith(value) == null) {
            return null;
        }
        if (spec.isChoice()) {
            return new ParamProblem(Kind.NOT_A_CHOICE, spec, shown);
        }
        return new ParamProblem(Double.isFinite(value) ? Kind.OUTSIDE : Kind.NOT_FINITE, spec, shown);
    }

    /** The bundle key of the message for this kind of problem. */
    public String messageKey() {
        return "param.problem." + kind.key;
    }

    /** The message's arguments: {0} the parameter's symbol, {1} the refused value, {2} what is allowed. */
    public Object[] args() {
        String allowed = spec.isChoice() ? String.join(", ", spec.choices()) : spec.rangeText();
        return new Object[] {spec.symbol(), value, allowed};
    }
}
