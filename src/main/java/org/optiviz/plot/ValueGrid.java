package org.optiviz.plot;

import java.util.stream.IntStream;


/**
 * f sampled on a regular pixel grid over the plot area: sample (i, j) sits at pixel
 * (x0 + i·step, y0 + j·step), row 0 at the top. Values are one primitive array, row-major.
 */
public final class ValueGrid {
    private static final int PARALLEL_SAMPLES = 50_000;
    private final int cols;
    private final int rows;
    private final double[] values;
    private final double x0;
    private final double y0;
    private final double step;

    public ValueGrid(int cols, int rows, double[] values, double x0, double y0, double step) {
        if (cols < 2 || rows < 2 || values.length < cols * rows || !(step > 0)) {
            throw new IllegalArgumentException("a value grid needs at least 2×2 samples and a positive step");
        }
        this.cols = cols;
        this.rows = rows;
        this.values = values;
        this.x0 = x0;
        this.y0 = y0;
        this.step = step;
    }

    /** Samples the field every {@code step} pixels across the transform's area, edges included. */
    public static ValueGrid sample(Field field, ViewTransform transform, double step) {
        PixelRect area = transform.area();
        int cols = (int) Math.ceil(area.width() / step) + 1;
        int rows = (int) Math.ceil(area.height() / step) + 1;
        double[] xs = new double[cols];
        for (int i = 0; i < cols; i++) {
            xs[i] = transform.toWorldX(area.x() + i * step);
        }
        double[] values = new double[cols * rows];
        // Rows in parallel for large grids (fields are safe to evaluate from any thread).
        IntStream rowRange = IntStream.range(0, rows);
        (cols * rows >= PARALLEL_SAMPLES ? rowRange.parallel() : rowRange).forEach(j -> {
            double y = transform.toWorldY(area.y() + j * step);
            int row = j * cols;
            for (int i = 0; i < cols; i++) {
                values[row + i] = field.value(xs[i], y);
            }
        });
        return new ValueGrid(cols, rows, values, area.x(), area.y(), step);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** The samples, shared (do not modify). */
    public double[] values() {
        return values;
    }

    public double value(int i, int j) {
        return values[j * cols + i];
    }

    public double x0() {
        return x0;
    }

    public double y0() {
        return y0;
    }

    public double step() {
        return step;
    }
}
