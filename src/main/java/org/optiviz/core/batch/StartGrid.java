package org.optiviz.core.batch;

import org.optiviz.core.surface.ViewBox;

/**
 * Starts at the centres of cols × rows equal cells over a view: start (i, j) is cell i from the left, j from the
 * bottom, and run number j·cols + i of a batch.
 */
public record StartGrid(ViewBox view, int cols, int rows) {
    /** The largest side a map may have. */
    public static final int MAX_SIDE = 512;

    public StartGrid {
        if (cols < 1 || rows < 1 || cols > MAX_SIDE || rows > MAX_SIDE) {
            throw new IllegalArgumentException("a map has 1.." + MAX_SIDE + " starts a side, got " + cols + "×" + rows);
        }
    }

    public int size() {
        return cols * rows;
    }

    public double x(int i) {
        return view.xMin() + (i + 0.5) * view.width() / cols;
    }

    public double y(int j) {
        return view.yMin() + (j + 0.5) * view.height() / rows;
    }

    /** Every start's x, in run order. */
    public double[] xs() {
        double[] xs = new double[size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = x(k % cols);
        }
        return xs;
    }

    /** Every start's y, in run order. */
    public double[] ys() {
        double[] ys = new double[size()];
        for (int k = 0; k < ys.length; k++) {
            ys[k] = y(k / cols);
        }
        return ys;
    }

    /** The run whose cell holds the point, or −1 outside the view. */
    public int runAt(double x, double y) {
        int i = (int) Math.floor((x - view.xMin()) / view.width() * cols);
        int j = (int) Math.floor((y - view.yMin()) / view.height() * rows);
        return i < 0 || j < 0 || i >= cols || j >= rows ? -1 : j * cols + i;
    }
}
