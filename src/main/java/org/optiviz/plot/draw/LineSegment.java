package org.optiviz.plot.draw;

/** A straight stroke from (x1, y1) to (x2, y2) with butt ends. */
public record LineSegment(double x1, double y1, double x2, double y2, int argb, double width, String role)
        implements Item {
    @Override
    public void accept(ItemVisitor visitor) {
        visitor.line(this);
    }
}
