package org.optiviz.plot;

import static org.optiviz.plot.PolylineSimplifier.MAX_RUN;
import static org.optiviz.plot.PolylineSimplifier.allWithin;

import java.util.Arrays;
import org.optiviz.core.race.Column;

/**
 * A run's path in pixels, ready for a {@link org.optiviz.plot.draw.Polyline}, with what cannot be seen left
 * out so that 20,000-step paths draw in a frame:
 * <ul>
 *   <li>points closer than half a pixel to the last kept one are skipped (steps crawling along a valley);</li>
 *   <li>a step (under 64 px) all of whose pixels this path has already passed through is skipped: the
 *       line, at least 2 px wide, already covers them (noisy runs jittering around a minimum, runs
 *       oscillating across a valley); the path then resumes from the true previous point;</li>
 *   <li>what remains is simplified: points the line passes within a quarter pixel of anyway are dropped;</li>
 *   <li>segments are clipped to the plot area plus a few pixels, so points of a diverging run (up to 10⁸
 *       away) never reach a rasterizer as huge coordinates and nothing is stroked where no one sees it; a
 *       NaN pair marks where the path leaves that box.</li>
 * </ul>
 */
public final class TrajectoryPath {
    /** How far (pixels) the drawn line may pass from a point it leaves out when simplifying. */
    private static final double SIMPLIFY_PX = 0.25;
    /** Squared distance in pixels below which a point is skipped. */
    private static final double MIN_STEP_SQUARED = 0.25;
    /** Squared distance within which a path resumes from the pen after skipped steps, rather than breaking. */
    private static final double RESUME_SQUARED = 1;
    /** Squared length below which a step over already visited pixels is skipped. */
    private static final double COVERED_STEP_SQUARED = 64 * 64;
    private static final ThreadLocal<long[]> VISITED = ThreadLocal.withInitial(() -> new long[0]);
    /**
     * Where a path is built before it is simplified, reused per thread: a path is redrawn every frame and most of
     * what is walked is left out, so only the kept points get an array of their own.
     */
    private static final ThreadLocal<double[]> WORK = ThreadLocal.withInitial(() -> new double[8192]);
    /** A work buffer grown past this many doubles (8 MB) is not kept for the next path. */
    private static final int MAX_KEPT_WORK = 1 << 20;

    private double[] xy;
    private int count;

    private TrajectoryPath(double[] work) {
        xy = work;
    }

    /** The first {@code n} points of xs/ys through the transform, decimated and clipped. */
    public static TrajectoryPath of(Column xs, Column ys, int n, ViewTransform t) {
        PixelRect a = t.area();
        // Just beyond the widest halo, so lines end outside the plot area even where nothing clips them.
        double margin = 24;
        double bx0 = a.x() - margin;
        double by0 = a.y() - margin;
        double bx1 = a.right() + margin;
        double by1 = a.bottom() + margin;
        TrajectoryPath path = new TrajectoryPath(WORK.get());
        int cols = (int) Math.ceil(a.width()) + 1;
        int rows = (int) Math.ceil(a.height()) + 1;
        long[] visited = visitedBits(cols * rows);
        double lastX = Double.NaN;  // the last point taken (where the stored path ends when the pen is down)
        double lastY = Double.NaN;
        double prevX = Double.NaN;  // the trajectory's previous point, taken or not
        double prevY = Double.NaN;
        boolean penDown = false;
        boolean gap = false;        // a covered step was skipped since the last point taken
        for (int i = 0; i < n; i++) {
            double px = t.toPixelX(xs.get(i));
            double py = t.toPixelY(ys.get(i));
            if (!(Double.isFinite(px) && Double.isFinite(py))) {
                continue;
            }
            if (!Double.isNaN(prevX) && i < n - 1) {
                // Half a pixel from the pen: the chord through the skipped points is off by under 0.5 px.
                if (distanceSquared(lastX, lastY, px, py) < MIN_STEP_SQUARED) {
                    prevX = px;
                    prevY = py;
                    continue;
                }
                // The true step prev → p runs over pixels this path already covers: nothing new to see.
                if (distanceSquared(prevX, prevY, px, py) < COVERED_STEP_SQUARED
                        && alongSegment(visited, prevX, prevY, px, py, a, cols, rows, false)) {
                    gap = true;
                    prevX = px;
                    prevY = py;
                    continue;
                }
            }
            if (gap && distanceSquared(lastX, lastY, prevX, prevY) < RESUME_SQUARED) {
                gap = false;  // the skipped steps ended within a pixel of the pen: continue from it
            }
            boolean inside = px >= bx0 && px <= bx1 && py >= by0 && py <= by1;
            double fromX = gap ? prevX : lastX;
            double fromY = gap ? prevY : lastY;
            if (Double.isNaN(fromX)) {
                if (inside) {
                    path.add(px, py);
                    penDown = true;
                }
            } else if (inside && penDown && !gap) {
                path.add(px, py);
            } else {
                // After a skipped covered step the path resumes with the true step prev → p, as a new piece.
                penDown = path.clipped(fromX, fromY, px, py, bx0, by0, bx1, by1, penDown && !gap);
            }
            if (!Double.isNaN(fromX) && distanceSquared(fromX, fromY, px, py) < COVERED_STEP_SQUARED) {
                alongSegment(visited, fromX, fromY, px, py, a, cols, rows, true);
            } else {
                alongSegment(visited, px, py, px, py, a, cols, rows, true);
            }
            lastX = px;
            lastY = py;
            prevX = px;
            prevY = py;
            gap = false;
        }
        path.simplify();
        if (path.xy.length <= MAX_KEPT_WORK) {
            WORK.set(path.xy);
        }
        path.xy = Arrays.copyOf(path.xy, 2 * path.count);
        return path;
    }

    /**
     * Drops, piece by piece, every point the line passes within {@link #SIMPLIFY_PX} of anyway (a smooth
     * crawl of a thousand half-pixel steps becomes a few dozen segments); first and last points stay.
     */
    private void simplify() {
        int out = 0;
        int pieceStart = 0;
        for (int i = 0; i <= count; i++) {
            if (i == count || Double.isNaN(xy[2 * i])) {
                out = simplifyPiece(pieceStart, i, out);
                if (i < count) {
                    xy[2 * out] = Double.NaN;
                    xy[2 * out + 1] = Double.NaN;
                    out++;
                }
                pieceStart = i + 1;
            }
        }
        count = out;
    }

    /** Simplifies points [from, to) and writes the kept ones from index out on; returns the next free index. */
    private int simplifyPiece(int from, int to, int out) {
        if (to - from <= 2) {
            for (int i = from; i < to; i++) {
                xy[2 * out] = xy[2 * i];
                xy[2 * out + 1] = xy[2 * i + 1];
                out++;
            }
            return out;
        }
        double tol2 = SIMPLIFY_PX * SIMPLIFY_PX;
        int anchor = from;
        double ax = xy[2 * from];
        double ay = xy[2 * from + 1];
        // Kept points are written at or before the index being read, so the work can be done in place.
        xy[2 * out] = ax;
        xy[2 * out + 1] = ay;
        out++;
        for (int i = from + 2; i < to; i++) {
            if (i - anchor > MAX_RUN || !allWithin(xy, anchor, i, tol2)) {
                anchor = i - 1;
                xy[2 * out] = xy[2 * anchor];
                xy[2 * out + 1] = xy[2 * anchor + 1];
                out++;
            }
        }
        xy[2 * out] = xy[2 * (to - 1)];
        xy[2 * out + 1] = xy[2 * (to - 1) + 1];
        return out + 1;
    }

    private static double distanceSquared(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        return dx * dx + dy * dy;
    }

    /** A cleared bit set of at least this many bits, reused per thread (no garbage per frame). */
    private static long[] visitedBits(int bits) {
        long[] words = VISITED.get();
        int needed = (bits + 63) >>> 6;
        if (words.length < needed) {
            words = new long[needed];
            VISITED.set(words);
        } else {
            Arrays.fill(words, 0, needed, 0L);
        }
        return words;
    }

    private static int cell(double px, double py, PixelRect a, int cols, int rows) {
        double u = px - a.x();
        double v = py - a.y();
        if (!(u >= 0 && v >= 0 && u < cols && v < rows)) {
            return -1;
        }
        return (int) v * cols + (int) u;
    }

    /**
     * Walks the segment in steps of at most one pixel. Marking: sets the pixels' bits and returns true.
     * Testing: returns whether every pixel on it is already set (pixels outside the area count as unset).
     */
    private static boolean alongSegment(long[] bits, double x0, double y0, double x1, double y1, PixelRect a,
                                        int cols, int rows, boolean mark) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
        for (int k = 0; k <= steps; k++) {
            double f = steps == 0 ? 0 : (double) k / steps;
            int c = cell(x0 + f * (x1 - x0), y0 + f * (y1 - y0), a, cols, rows);
            if (mark) {
                if (c >= 0) {
                    bits[c >>> 6] |= 1L << c;
                }
            } else if (c < 0 || (bits[c >>> 6] & (1L << c)) == 0) {
                return false;
            }
        }
        return true;
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
