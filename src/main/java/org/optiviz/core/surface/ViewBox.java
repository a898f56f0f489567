package org.optiviz.core.surface;

/** An axis-aligned rectangle of the plane: the part of a surface that is shown. */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {
    public ViewBox {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))
                || !(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException(
                    "a view needs finite bounds with min < max, got x [" + xMin + ", " + xMax + "], y [" + yMin + ", "
                            + yMax + "]");
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
