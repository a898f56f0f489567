package org.optiviz.plot.draw;

import java.util.Arrays;
import java.util.Objects;

/**
 * Connected line segments through {@code count} points stored as x0, y0, x1, y1, … in {@code xy}. A NaN
 * coordinate lifts the pen: the next finite point starts a new sub-path, so one item can hold many pieces
 * (all iso-lines of a level, a trajectory clipped into parts).
 *
 * <p>An optional halo (a wider line of another colour drawn first) keeps the line visible on any background.
 * The array is shared, not copied. {@code role} names what the line is (for example "trajectory"); the SVG
 * back end writes it as the element's class, {@code key} as its data-key.
 *
 * <p>{@code dash} holds on and off lengths in pixels for a dashed line (empty for a solid one). A dashed line has
 * flat ends on its dashes, so the gaps stay as long as given; its halo stays solid, so a gap shows the halo.
 */
public record Polyline(double[] xy, int count, int argb, double width, int haloArgb, double haloWidth,
                       String role, String key, double[] dash) implements Item {
    public Polyline {
        if (count < 0 || xy.length < 2 * count) {
            throw new IllegalArgumentException("polyline needs 2 × count coordinates");
        }
        if (dash.length % 2 != 0) {
            throw new IllegalArgumentException("a dash pattern needs on and off lengths in pairs");
        }
    }

    /** A solid line. */
    public Polyline(double[] xy, int count, int argb, double width, int haloArgb, double haloWidth, String role,
                    String key) {
        this(xy, count, argb, width, haloArgb, haloWidth, role, key, new double[0]);
    }

    /** A plain line without halo. */
    public static Polyline of(double[] xy, int count, int argb, double width, String role) {
        return new Polyline(xy, count, argb, width, 0, 0, role, "");
    }

    public boolean dashed() {
        return dash.length > 0;
    }

    /** Equal when they draw the same: the same points (those in use) and look; lets a view skip an unchanged layer. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Polyline p && count == p.count && argb == p.argb
                && Double.compare(width, p.width) == 0 && haloArgb == p.haloArgb
                && Double.compare(haloWidth, p.haloWidth) == 0 && role.equals(p.role) && key.equals(p.key)
                && Arrays.equals(dash, p.dash) && Arrays.equals(xy, 0, 2 * count, p.xy, 0, 2 * count);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(count, argb, width, role, key);
        for (int i = 0; i < 2 * count; i++) {
            h = 31 * h + Double.hashCode(xy[i]);
        }
        return h;
    }

    public boolean hasHalo() {
        return Argb.alpha(haloArgb) > 0 && haloWidth > width;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.polyline(this);
    }
}
