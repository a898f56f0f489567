package org.optiviz.plot.sweep;

import org.optiviz.core.batch.SweepAxis;

/**
 * Where a sweep heat map lies on a page of width × height pixels at a text scale: the cell area inside margins
 * for the title and legend (top), the axes (left, bottom) and the colour key (right). Cell (i, j) spans the i-th of
 * x.n equal columns from the left and the j-th of y.n equal rows from the bottom; a value is placed by its position
 * on the axis (its logarithm on a log scale), cell k centred on value k. The picture and the pointer share it.
 */
public record SweepGeometry(double left, double top, double width, double height, SweepAxis x, SweepAxis y) {
    static final double LEFT = 78;
    static final double RIGHT = 128;
    static final double TOP = 74;
    static final double BOTTOM = 58;

    public static SweepGeometry of(SweepAxis x, SweepAxis y, double pageWidth, double pageHeight, double scale) {
        double w = Math.max(8, pageWidth - (LEFT + RIGHT) * scale);
        double h = Math.max(8, pageHeight - (TOP + BOTTOM) * scale);
        return new SweepGeometry(LEFT * scale, TOP * scale, w, h, x, y);
    }

    public double cellWidth() {
        return width / x.n();
    }

    public double cellHeight() {
        return height / y.n();
    }

    /** Left edge of column i. */
    public double columnLeft(int i) {
        return left + i * cellWidth();
    }

    /** Top edge of row j (rows count from the bottom). */
    public double rowTop(int j) {
        return top + (y.n() - 1 - j) * cellHeight();
    }

    /** The pixel x of a value of the axis across. */
    public double pixelX(double value) {
        return left + fraction(x, value) * width;
    }

    /** The pixel y of a value of the axis up. */
    public double pixelY(double value) {
        return top + height - fraction(y, value) * height;
    }

    /** Column under pixel x, or −1 outside the cells. */
    public int column(double px) {
        int i = (int) Math.floor((px - left) / cellWidth());
        return px < left || i >= x.n() ? -1 : i;
    }

    /** Row under pixel y, or −1 outside the cells. */
    public int row(double py) {
        int r = (int) Math.floor((py - top) / cellHeight());
        return py < top || r >= y.n() ? -1 : y.n() - 1 - r;
    }

    /** Where a value lies along an axis, 0 at the first cell's outer edge and 1 at the last's. */
    static double fraction(SweepAxis axis, double value) {
        double p0 = axis.position(axis.lo());
        double p1 = axis.position(axis.hi());
        double d = (p1 - p0) / (axis.n() - 1);
        return (axis.position(value) - (p0 - d / 2)) / (axis.n() * d);
    }
}
