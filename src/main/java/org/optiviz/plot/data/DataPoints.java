package org.optiviz.plot.data;

/**
 * The rows of a data set as a data view draws them: their bounds over every row, and at most {@link #MAX_SHOWN}
 * of them (every k-th row of a larger set, so a million rows draw as fast as a few thousand and the picture is
 * the same each time). Built once per data set; the arrays are not copied and must not change.
 */
public record DataPoints(double[] xs, double[] ys, double xMin, double xMax, double yMin, double yMax, int stride) {
    /** More points than this add nothing a reader can see on a data view, and cost frame time. */
    public static final int MAX_SHOWN = 4_000;

    /** The points of these columns (the same length, at least one row). */
    public static DataPoints of(double[] xs, double[] ys) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        int stride = Math.max(1, (xs.length + MAX_SHOWN - 1) / MAX_SHOWN);
        return new DataPoints(xs, ys, x0, x1, y0, y1, stride);
    }

    /** Rows in the set. */
    public int rows() {
        return xs.length;
    }
}
