package org.optiviz.ui.model;

import java.math.BigDecimal;
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
        return scientific(exact);
    }

    /** "1e-6", "2.5e-5", "1.2e7": mantissa digits as exact as the value, never padded with zeros. */
    private static String scientific(BigDecimal exact) {
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (exact.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
