package org.optiviz.plot;

import java.util.Locale;

/** "Nice" axis ticks (multiples of 1, 2 or 5 × 10ᵏ) and their labels. */
public final class Ticks {
    private Ticks() {
    }

    /** A step of 1, 2 or 5 × 10ᵏ giving about {@code target} intervals over span. */
    public static double niceStep(double span, int target) {
        double raw = span / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Multiples of the nice step inside [min, max]. */
    public static double[] ticks(double min, double max, int target) {
        double step = niceStep(max - min, target);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            out[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return out;
    }

    /**
     * A tick label with as many decimals as the step needs, a true minus sign, and an exponent for very large
     * or very small numbers.
     */
    public static String format(double value, double step) {
        if (value == 0) {
            return "0";
        }
        String s;
        double abs = Math.abs(value);
        if (abs >= 1e5 || (abs < 1e-3 && step < 1e-3)) {
            int digits = Math.max(0, (int) Math.ceil(Math.log10(abs) - Math.log10(step) - 1e-9));
            s = String.format(Locale.ROOT, "%." + Math.min(digits, 10) + "e", value)
                    .replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        } else {
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            s = String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "f", value);
        }
        return s.replace('-', '−');
    }
}
