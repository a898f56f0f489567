package org.optiviz.ui.view;

import java.util.Locale;

/** Number formatting for readouts: short, fixed width where possible, the same in every language. */
final class Formats {
    private Formats() {
    }

    /** Four significant digits; exponent form for very small or large magnitudes. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        return significant(value, 4, 1e5);
    }

    /** Three significant digits, for the narrow status lines. */
    static String compact(double value) {
        if (!Double.isFinite(value)) {
            return number(value);
        }
        return significant(value, 3, 1e4);
    }

    /** This many significant digits, in exponent form below 1e-3 or from {@code large} up; minus as "−". */
    private static String significant(double value, int digits, double large) {
        double magnitude = Math.abs(value);
        String text = magnitude != 0 && (magnitude < 1e-3 || magnitude >= large)
                ? String.format(Locale.ROOT, "%." + (digits - 1) + "e", value)
                : String.format(Locale.ROOT, "%." + digits + "g", value);
        return text.replace('-', '−');
    }

    /** A coordinate for the cursor readout. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replace('-', '−');
    }

    /** What a person would type: plain decimal, shortest form. */
    static String typed(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
