package org.optiviz.plot.surface3d;

import java.util.Arrays;
import org.optiviz.plot.PixelRect;

/**
 * Which points on the surface the surface itself hides: the mesh's nearest depth on a coarse screen grid (a depth
 * buffer of its triangles), against which a path point's own depth is compared. The painter's algorithm orders
 * whole quads, so a path drawn over the mesh would show through the hill in front of it; with this a path behind
 * a hill is drawn faint instead, as the eye would lose it there.
 */
final class SurfaceDepth {
    /** Screen pixels per side of a depth cell: fine enough for a 64×64 mesh, cheap to fill every orbit frame. */
    static final double CELL = 3;
    /**
     * How much nearer (in box units, the box's longer side being 1) the surface must be to hide a point. The path
     * lies on the exact surface while the mesh is flat triangles between samples, so a point on a visible slope can
     * sit slightly behind the mesh; this margin keeps such points visible.
     */
    static final double MARGIN = 0.03;
    /** A cell and its four neighbours, as column and row offsets. */
    private static final int[] AROUND_X = {0, 1, -1, 0, 0};
    private static final int[] AROUND_Y = {0, 0, 0, 1, -1};

    private final HeightField field;
    private final Projection projection;
    private final PixelRect area;
    private final int cols;
    private final int rows;
    private final float[] nearest;
    private final double[] out = new double[3];

    private SurfaceDepth(HeightField field, Projection projection, PixelRect area, int cols, int rows,
                         float[] nearest) {
        this.field = field;
        this.projection = projection;
        this.area = area;
        this.cols = cols;
        this.rows = rows;
        this.nearest = nearest;
    }

    /** Rasterises every quad of the field, as two triangles, into the nearest depth per cell. */
    static SurfaceDepth of(HeightField field, Projection p, PixelRect area) {
        int cols = Math.max(1, (int) Math.ceil(area.width() / CELL));
        int rows = Math.max(1, (int) Math.ceil(area.height() / CELL));
        float[] nearest = new float[cols * rows];
        Arrays.fill(nearest, Float.POSITIVE_INFINITY);
        SurfaceDepth depth = new SurfaceDepth(field, p, area, cols, rows, nearest);
        int n = field.quads() + 1;
        double[] gx = new double[n * n];
        double[] gy = new double[n * n];
        double[] gd = new double[n * n];
        for (int j = 0; j < n; j++) {
            double by = p.boxY(field.y(j));
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double bx = p.boxX(field.x(i));
                double bz = p.boxZ(field.height(i, j));
                gx[k] = (p.screenX(bx, by) - area.x()) / CELL;
                gy[k] = (p.screenY(bx, by, bz) - area.y()) / CELL;
                gd[k] = p.depth(bx, by, bz);
            }
        }
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                int a = j * n + i;
                int b = a + 1;
                int c = a + n + 1;
                int d = a + n;
                depth.triangle(gx, gy, gd, a, b, c);
                depth.triangle(gx, gy, gd, a, c, d);
            }
        }
        return depth;
    }

    /**
     * Whether the surface hides its own point above plane point (x, y). The point is taken on the mesh as drawn (its
     * triangles), not on the exact surface: a narrow valley's floor lies below the mesh that bridges it, and only
     * another part of the surface in front should hide a path, not the mesh's own approximation of it.
     */
    boolean hides(double x, double y) {
        projection.project(x, y, meshHeight(x, y), out);
        return hides(out[0], out[1], out[2]);
    }

    /** Height 0..1 of the mesh's triangle over (x, y): quad (i, j) is split along its diagonal from (i, j). */
    private double meshHeight(double x, double y) {
        int q = field.quads();
        double fx = (x - field.view().xMin()) / field.view().width() * q;
        double fy = (y - field.view().yMin()) / field.view().height() * q;
        int i = Math.max(0, Math.min(q - 1, (int) Math.floor(fx)));
        int j = Math.max(0, Math.min(q - 1, (int) Math.floor(fy)));
        double u = fx - i;
        double v = fy - j;
        double a = field.height(i, j);
        double c = field.height(i + 1, j + 1);
        return u >= v ? a + u * (field.height(i + 1, j) - a) + v * (c - field.height(i + 1, j))
                : a + v * (field.height(i, j + 1) - a) + u * (c - field.height(i, j + 1));
    }

    /**
     * Whether the surface lies clearly in front of the point at screen (x, y) with this depth: nearer by more than
     * {@link #MARGIN} in its cell and in the four cells around it, so a point on the surface's outline stays seen.
     */
    boolean hides(double x, double y, double depth) {
        int c = (int) Math.floor((x - area.x()) / CELL);
        int r = (int) Math.floor((y - area.y()) / CELL);
        for (int k = 0; k < AROUND_X.length; k++) {
            int cc = c + AROUND_X[k];
            int rr = r + AROUND_Y[k];
            if (cc < 0 || rr < 0 || cc >= cols || rr >= rows || !(nearest[rr * cols + cc] < depth - MARGIN)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps, in each cell whose centre the triangle covers, the nearest depth (linear across the triangle). */
    private void triangle(double[] gx, double[] gy, double[] gd, int a, int b, int c) {
        double ax = gx[a];
        double ay = gy[a];
        double bx = gx[b];
        double by = gy[b];
        double cx = gx[c];
        double cy = gy[c];
        double area2 = (bx - ax) * (cy - ay) - (cx - ax) * (by - ay);
        if (!(Math.abs(area2) > 1e-12)) {
            return; // edge-on or a hole (NaN height)
        }
        int c0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
        int c1 = Math.min(cols - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
        int r0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
        int r1 = Math.min(rows - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
        for (int r = r0; r <= r1; r++) {
            double py = r + 0.5;
            for (int col = c0; col <= c1; col++) {
                double px = col + 0.5;
                // Barycentric weights of the cell's centre; inside when all are ≥ 0.
                double wa = ((bx - px) * (cy - py) - (cx - px) * (by - py)) / area2;
                double wb = ((cx - px) * (ay - py) - (ax - px) * (cy - py)) / area2;
                double wc = 1 - wa - wb;
                if (wa < 0 || wb < 0 || wc < 0) {
                    continue;
                }
                float d = (float) (wa * gd[a] + wb * gd[b] + wc * gd[c]);
                int k = r * cols + col;
                if (d < nearest[k]) {
                    nearest[k] = d;
                }
            }
        }
    }
}
