package org.optiviz.core.inspect;

import java.util.List;

/**
 * One formula of an update rule with this step's numbers: the formula, the values of the scalars it uses (β₁ = 0.9,
 * lrₜ = 0.1, …) and what it gave (m = (…)). {@code caption} is a key the window translates (gradient, first
 * moment, …).
 */
public record RuleLine(String caption, String formula, List<String> scalars, String result) {
    public RuleLine {
        scalars = List.copyOf(scalars);
    }

    /** The line as plain text: formula, then the scalars, then the result, separated by wide gaps. */
    public String text() {
        StringBuilder sb = new StringBuilder(formula);
        if (!scalars.isEmpty()) {
            sb.append("    ").append(String.join(", ", scalars));
        }
        if (!result.isEmpty()) {
            sb.append("    ⇒ ").append(result);
        }
        return sb.toString();
    }
}
