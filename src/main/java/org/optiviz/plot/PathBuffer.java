package org.optiviz.plot;

import static org.optiviz.plot.PolylineSimplifier.MAX_RUN;
import static org.optiviz.plot.PolylineSimplifier.allWithin;

import java.util.Arrays;

/**
 * Growable storage for traced paths: points (x, y) in one array, each path ending at an index, open or
 * closed. Converts to the polyline form (NaN between paths, closed ones repeating their first point) or to
 * rings for filled paths. Points on a straight axis-parallel run collapse to its ends.
 */
public final class PathBuffer {
    private double[] xy = new double[256];
    private int points;
    private int[] ends = new int[16];
    private boolean[] closed = new boolean[16];
    private int paths;
    private int pathStart;

    void add(double x, double y) {
        int n = points - pathStart;
        if (n >= 2) {
            double ax = xy[2 * points - 4];
            double ay = xy[2 * points - 3];
            double bx = xy[2 * points - 2];
            double by = xy[2 * points - 1];
            if ((ax == bx && bx == x) || (ay == by && by == y)) {
                xy[2 * points - 2] = x;
                xy[2 * points - 1] = y;
                return;
            }
        }
        if (2 * points + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * points] = x;
        xy[2 * points + 1] = y;
        points++;
    }

    void endPath(boolean isClosed) {
        if (points - pathStart < 2) {
            points = pathStart;
            return;
        }
        if (paths == ends.length) {
            ends = Arrays.copyOf(ends, paths * 2);
            closed = Arrays.copyOf(closed, paths * 2);
        }
        ends[paths] = points;
        closed[paths] = isClosed;
        paths++;
        pathStart = points;
    }

    public int pathCount() {
        return paths;
    }

    public int pointCount() {
        return points;
    }

    public boolean isClosed(int path) {
        return closed[path];
    }

    public int start(int path) {
        return path == 0 ? 0 : ends[path - 1];
    }

    public int end(int path) {
        return ends[path];
    }

    public double x(int point) {
        return xy[2 * point];
    }

    public double y(int point) {
        return xy[2 * point + 1];
    }

    /**
     * A copy in which each path keeps only the points needed to stay within {@code tolerance} pixels of the
     * original (first and last points always kept): smooth iso-lines traced every grid step shrink several
     * times, which cuts stroking time and SVG size with no visible change.
     */
    public PathBuffer simplified(double tolerance) {
        PathBuffer out = new PathBuffer();
        double tol2 = tolerance * tolerance;
        for (int p = 0; p < paths; p++) {
            int s = start(p);
            int e = ends[p];
            int anchor = s;
            out.add(x(s), y(s));
            for (int i = s + 2; i < e; i++) {
                if (i - anchor > MAX_RUN || !allWithin(xy, anchor, i, tol2)) {
                    anchor = i - 1;
                    out.add(x(anchor), y(anchor));
                }
            }
            if (e - 1 > anchor) {
                out.add(x(e - 1), y(e - 1));
            }
            out.endPath(closed[p]);
        }
        return out;
    }

    /** Polyline coordinates with a NaN pair between paths; closed paths end on their first point again. */
    public double[] toPolylineXy() {
        double[] out = new double[2 * (points + 2 * paths)];
        int n = 0;
        for (int p = 0; p < paths; p++) {
            if (p > 0) {
                out[n++] = Double.NaN;
                out[n++] = Double.NaN;
            }
            int s = start(p);
            System.arraycopy(xy, 2 * s, out, n, 2 * (ends[p] - s));
            n += 2 * (ends[p] - s);
            if (closed[p]) {
                out[n++] = xy[2 * s];
                out[n++] = xy[2 * s + 1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The points as they are stored (for filled rings). */
    public double[] pointsXy() {
        return Arrays.copyOf(xy, 2 * points);
    }

    /** End index of each path, for {@link org.optiviz.plot.draw.FilledPath}. */
    public int[] pathEnds() {
        return Arrays.copyOf(ends, paths);
    }
}
