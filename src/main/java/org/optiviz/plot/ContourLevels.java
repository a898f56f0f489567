package org.optiviz.plot;

import java.util.Arrays;

/**
 * The iso-line levels and heat-map scale for the values in view. Where the values span a wide range
 * (Rosenbrock, Beale: measured from the surface's floor, the largest value in view is over 250 times the
 * 10th percentile, so a linear scale would paint most of the view in the lowest colour) levels
 * are log-spaced at 1, 2, 5 × 10ᵏ above the floor and colours follow log(f − floor); otherwise levels are
 * linear multiples of a nice step and colours follow f. Between 12 and 20 levels whenever the range allows.
 */
public final class ContourLevels {
    /**
     * Max / 10th percentile (above the floor) beyond which the log scale is used. Measured over default views
     * at aspect ratios 0.75 to 2: Rosenbrock 310–1200, Beale over 30,000; Himmelblau 60–210, Ellipsoid 50,
     * the others below 10.
     */
    static final double WIDE_RATIO = 250;
    static final int MAX_LEVELS = 20;
    static final int MIN_LEVELS = 12;
    /** Log levels cover at most this many decades below the maximum. */
    private static final double MAX_DECADES = 6;
    private static final int SAMPLE_LIMIT = 4096;

    public enum Scale { LINEAR, LOG }

    private final Scale scale;
    private final double floor;
    private final double[] levels;
    private final double gMin;
    private final double gMax;

    private ContourLevels(Scale scale, double floor, double[] levels, double gMin, double gMax) {
        this.scale = scale;
        this.floor = floor;
        this.levels = levels;
        this.gMin = gMin;
        this.gMax = gMax;
    }

    /** Chooses scale and levels for these sampled values (non-finite ones are ignored). */
    public static ContourLevels choose(double[] values, double floor) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            // Values that overflowed (far zoomed out) or are undefined take no part in the scale.
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(min <= max)) {
            return linear(0, 1);
        }
        double[] above = aboveFloorSample(values, floor);
        if (above.length > 0 && max - floor > 0) {
            double tenth = above[above.length / 10];
            if ((max - floor) / tenth > WIDE_RATIO) {
                double low = Math.max(above[above.length / 200], (max - floor) * Math.pow(10, -MAX_DECADES));
                return log(floor, low, max - floor);
            }
        }
        return linear(min, max);
    }

    /** Linear levels strictly inside (min, max). */
    static ContourLevels linear(double min, double max) {
        if (!(max > min)) {
            max = min + Math.max(1e-12, Math.abs(min) * 1e-9);
        }
        double span = max - min;
        double magnitude = Math.pow(10, Math.floor(Math.log10(span / MAX_LEVELS)));
        double[] mantissas = {1, 2, 2.5, 5, 10, 20};
        double[] levels = new double[0];
        for (double m : mantissas) {
            double step = m * magnitude;
            long first = (long) Math.floor(min / step) + 1;
            long last = (long) Math.ceil(max / step) - 1;
            if (last - first + 1 <= MAX_LEVELS) {
                levels = new double[(int) Math.max(0, last - first + 1)];
                for (int i = 0; i < levels.length; i++) {
                    levels[i] = (first + i) * step;
                }
                break;
            }
        }
        return new ContourLevels(Scale.LINEAR, 0, levels, min, max);
    }

    /** Log levels floor + m × 10ᵏ between floor + low and floor + high (low, high > 0). */
    static ContourLevels log(double floor, double low, double high) {
        double[][] mantissaSets = {{1, 2, 5}, {1, 3}, {1}};
        double[] levels = new double[0];
        for (int stride = 1; stride <= 4 && levels.length == 0; stride++) {
            for (double[] set : mantissaSets) {
                double[] candidate = logLevels(low, high, set, stride);
                if (candidate.length <= MAX_LEVELS) {
                    levels = candidate;
                    break;
                }
            }
        }
        for (int i = 0; i < levels.length; i++) {
            levels[i] += floor;
        }
        double gHigh = Math.log10(high);
        double gLow = Math.log10(low);
        if (levels.length >= 2) {
            // One level spacing below the lowest level, so the deepest band has its own colour.
            double first = Math.log10(levels[0] - floor);
            double spacing = (Math.log10(levels[levels.length - 1] - floor) - first) / (levels.length - 1);
            gLow = Math.max(gLow, first - spacing);
        }
        return new ContourLevels(Scale.LOG, floor, levels, gLow, Math.max(gHigh, gLow + 1e-9));
    }

    private static double[] logLevels(double low, double high, double[] mantissas, int decadeStride) {
        int k0 = (int) Math.floor(Math.log10(low));
        int k1 = (int) Math.ceil(Math.log10(high));
        double[] out = new double[(k1 - k0 + 1) * mantissas.length];
        int n = 0;
        for (int k = k0; k <= k1; k++) {
            if (Math.floorMod(k, decadeStride) != 0) {
                continue;
            }
            for (double m : mantissas) {
                double level = m * Math.pow(10, k);
                if (level > low && level < high) {
                    out[n++] = level;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Up to SAMPLE_LIMIT values minus the floor, those above it only, sorted (a strided subsample). */
    private static double[] aboveFloorSample(double[] values, double floor) {
        int stride = Math.max(1, values.length / SAMPLE_LIMIT);
        double[] sample = new double[values.length / stride + 1];
        int n = 0;
        for (int i = 0; i < values.length; i += stride) {
            double d = values[i] - floor;
            if (d > 0 && Double.isFinite(d)) {
                sample[n++] = d;
            }
        }
        double[] out = Arrays.copyOf(sample, n);
        Arrays.sort(out);
        return out;
    }

    public Scale scale() {
        return scale;
    }

    /** The levels, ascending (a copy). */
    public double[] levels() {
        return levels.clone();
    }

    public int count() {
        return levels.length;
    }

    public double level(int k) {
        return levels[k];
    }

    /** The heat-map position 0..1 of value f (clamped; NaN and +∞ map to 1). */
    public double t(double f) {
        double g = scale == Scale.LOG ? Math.log10(f - floor) : f;
        if (Double.isNaN(g)) {
            return Double.isNaN(f) ? 1 : 0;
        }
        double t = (g - gMin) / (gMax - gMin);
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    /**
     * The colour position of band k: the values below level k for k &lt; count(), the values above the top
     * level for k = count(); the middle of the band in the scale's units.
     */
    public double bandT(int k) {
        double lo = k == 0 ? tOfG(gMin) : t(levels[k - 1]);
        double hi = k == levels.length ? 1 : t(levels[k]);
        return (lo + hi) / 2;
    }

    private double tOfG(double g) {
        return (g - gMin) / (gMax - gMin);
    }

    @Override
    public String toString() {
        return scale + " " + Arrays.toString(levels);
    }
}
