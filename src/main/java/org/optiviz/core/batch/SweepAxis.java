package org.optiviz.core.batch;

import java.util.Locale;

/**
 * One hyperparameter swept over n values from lo to hi, evenly on a log scale (lr, ε, decays) or a linear one:
 * value k is lo·(hi/lo)^(k/(n−1)), or lo + (hi − lo)·k/(n−1); the ends are exactly lo and hi.
 */
public record SweepAxis(String key, double lo, double hi, boolean log, int n) {
    public static final int MAX_VALUES = 512;

    public SweepAxis {
        if (n < 2 || n > MAX_VALUES) {
            throw new IllegalArgumentException(key + ": 2.." + MAX_VALUES + " values, got " + n);
        }
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
            throw new IllegalArgumentException(key + ": expected finite LO < HI, got " + lo + ":" + hi);
        }
        if (log && !(lo > 0)) {
            throw new IllegalArgumentException(key + ": a log scale needs LO > 0, got " + lo);
        }
    }

    /** Parses KEY=LO:HI:log|lin:N. */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        String[] parts = eq <= 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (parts.length != 4 || !(parts[2].equals("log") || parts[2].equals("lin"))) {
            throw new IllegalArgumentException("expected KEY=LO:HI:log|lin:N, got '" + text + "'");
        }
        try {
            return new SweepAxis(text.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                    org.optiviz.core.param.DecimalText.parse(parts[0]), org.optiviz.core.param.DecimalText.parse(parts[1]),
                    parts[2].equals("log"), Integer.parseInt(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected KEY=LO:HI:log|lin:N with numbers, got '" + text + "'");
        }
    }

    /** Value k, 0 ≤ k < n. */
    public double value(int k) {
        if (k == 0) {
            return lo;
        }
        if (k == n - 1) {
            return hi;
        }
        double f = (double) k / (n - 1);
        return log ? lo * Math.pow(hi / lo, f) : lo + (hi - lo) * f;
    }

    /** Where a value lies along the axis as drawn: its logarithm on a log scale, itself on a linear one. */
    public double position(double value) {
        return log ? Math.log10(value) : value;
    }
}
