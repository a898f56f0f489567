package org.optiviz.core.surface;

/** A point (x, y) of the plane. */
public record Point(double x, double y) {
    @Override
    public String toString() {
        return x + "," + y;
    }
}
