package org.optiviz.plot;

import java.util.Arrays;

/**
 * A run's path in pixels, ready for a {@link org.optiviz.plot.draw.Polyline}: points closer than half a pixel
 * to the last kept one are skipped (invisible at any line width, and it turns 20,000 steps that crawl
 * along a valley into a few hundred), and segments are clipped to a box around the plot area so points of
 * a diverging run (up to 10⁸ away) never reach a rasterizer as huge coordinates. A NaN pair marks where a
 * path leaves that box and comes back.
 */
public final class TrajectoryPath {
    /** Squared distance in pixels below which a point is skipped. */
    private static final double MIN_STEP_SQUARED = 0.25;

    private double[] xy;
    private int count;

    private TrajectoryPath(int capacity) {
        xy = new double[Math.max(16, 2 * capacity)];
    }

    /** The first {@code n} points of xs/ys through the transform, decimated and clipped. */
    public static TrajectoryPath of(double[] xs, double[] ys, int n, ViewTransform t) {
        PixelRect a = t.area();
        double margin = Math.max(a.width(), a.height());
        double bx0 = a.x() - margin;
        double by0 = a.y() - margin;
        double bx1 = a.right() + margin;
        double by1 = a.bottom() + margin;
        TrajectoryPath path = new TrajectoryPath(Math.min(n, 4096));
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        boolean penDown = false;
        for (int i = 0; i < n; i++) {
            double px = t.toPixelX(xs[i]);
            double py = t.toPixelY(ys[i]);
            if (!(Double.isFinite(px) && Double.isFinite(py))) {
                continue;
            }
            if (i > 0 && i < n - 1 && !Double.isNaN(lastX)) {
                double dx = px - lastX;
                double dy = py - lastY;
                if (dx * dx + dy * dy < MIN_STEP_SQUARED) {
                    continue;
                }
            }
            boolean inside = px >= bx0 && px <= bx1 && py >= by0 && py <= by1;
            if (Double.isNaN(lastX)) {
                if (inside) {
                    path.add(px, py);
                    penDown = true;
                }
            } else if (inside && penDown) {
                path.add(px, py);
            } else {
                penDown = path.clipped(lastX, lastY, px, py, bx0, by0, bx1, by1, penDown);
            }
            lastX = px;
            lastY = py;
        }
        return path;
    }

    /**
     * Adds the part of segment a→b inside the box (Liang–Barsky). Returns whether the pen is down at b (b
     * inside the box).
     */
    private boolean clipped(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1,
                            boolean penDown) {
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        if (t0 > 0 || !penDown) {
            if (count > 0) {
                add(Double.NaN, Double.NaN);
            }
            add(ax + t0 * dx, ay + t0 * dy);
        }
        add(ax + t1 * dx, ay + t1 * dy);
        return t1 >= 1;
    }

    private void add(double x, double y) {
        if (2 * count + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * count] = x;
        xy[2 * count + 1] = y;
        count++;
    }

    /** Coordinates x0, y0, x1, y1, … (NaN pairs between pieces); the first {@link #count()} pairs are valid. */
    public double[] xy() {
        return xy;
    }

    public int count() {
        return count;
    }
}
