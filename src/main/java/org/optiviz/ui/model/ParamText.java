package org.optiviz.ui.model;

import java.math.BigDecimal;
import java.util.Locale;
import org.optiviz.core.param.ParamSpec;

/** A hyperparameter value as a person would type it: "0.001", "1e-8", "100", or a choice's name. */
public final class ParamText {
    private ParamText() {
    }

    public static String of(ParamSpec spec, double value) {
        if (spec.isChoice() || !Double.isFinite(value)) {
            return spec.valueText(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-4 && magnitude < 1e7)) {
            return exact.toPlainString();
        }
        return exact.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }
}
