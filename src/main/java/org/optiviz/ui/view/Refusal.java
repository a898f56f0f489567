package org.optiviz.ui.view;

import org.optiviz.ui.I18n;

/**
 * The one wording of a refused typed value, the same for every field of the window: "Refused: lr: 1000 is outside
 * (0, 100]", "Refused: σ: “abc” is not a finite number".
 */
final class Refusal {
    private Refusal() {
    }

    /** The exception a field's apply step throws; the problem is a bundle key and its arguments. */
    static IllegalArgumentException of(I18n i18n, String problemKey, Object... args) {
        return new IllegalArgumentException(i18n.get("error.param", i18n.get(problemKey, args)));
    }

    /** "what: text is outside range". */
    static IllegalArgumentException outside(I18n i18n, String what, String text, String range) {
        return of(i18n, "param.problem.outside", what, text, range);
    }
}
