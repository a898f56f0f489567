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
        double magnitude = Math.abs(value);
        String text = magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)
                ? String.format(Locale.ROOT, "%.3e", value)
                : String.format(Locale.ROOT, "%.4g", value);
        return text.replace('-', '−');
    }

    /** Three significant digits, for the narrow status lines. */
    static String compact(double value) {
        if (!Double.isFinite(value)) {
            return number(value);
        }
        double magnitude = Math.abs(value);
        String text = magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e4)
                ? String.format(Locale.ROOT, "%.2e", value)
                : String.format(Locale.ROOT, "%.3g", value);
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
