package org.optiviz.plot.surface3d;

import java.util.Arrays;
import org.optiviz.plot.ColorMap;
import org.optiviz.plot.draw.Argb;

/**
 * A height field seen through a projection, ready to paint: every vertex on screen, and the quads in painting
 * order with their shaded colours. As mplot3d's Poly3DCollection does, each quad's depth is the mean depth of its
 * corners and quads are painted farthest first, so nearer ones cover what they hide (the painter's algorithm).
 * Shading is mplot3d's too: a light from azimuth 225° and altitude 19.47° scales each colour by 0.3 (facing away)
 * to 1 (facing the light).
 */
public final class ProjectedMesh {
    /** mplot3d's default light source (azdeg 225, altdeg 19.4712) as a unit vector: (−2/3, −2/3, 1/3). */
    private static final double LIGHT_X = -2.0 / 3;
    private static final double LIGHT_Y = -2.0 / 3;
    private static final double LIGHT_Z = 1.0 / 3;

    private final int quads;
    private final double[] sx;
    private final double[] sy;
    private final int[] order;
    private final int[] colors;

    private ProjectedMesh(int quads, double[] sx, double[] sy, int[] order, int[] colors) {
        this.quads = quads;
        this.sx = sx;
        this.sy = sy;
        this.order = order;
        this.colors = colors;
    }

    public static ProjectedMesh of(HeightField field, Projection p) {
        int q = field.quads();
        int n = q + 1;
        double[] bx = new double[n * n];
        double[] by = new double[n * n];
        double[] bz = new double[n * n];
        double[] sx = new double[n * n];
        double[] sy = new double[n * n];
        double[] depth = new double[n * n];
        for (int j = 0; j < n; j++) {
            double y = p.boxY(field.y(j));
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                bx[k] = p.boxX(field.x(i));
                by[k] = y;
                bz[k] = p.boxZ(field.height(i, j));
                sx[k] = p.screenX(bx[k], by[k]);
                sy[k] = p.screenY(bx[k], by[k], bz[k]);
                depth[k] = p.depth(bx[k], by[k], bz[k]);
            }
        }
        int count = q * q;
        double[] quadDepth = new double[count];
        int[] colors = new int[count];
        for (int j = 0; j < q; j++) {
            for (int i = 0; i < q; i++) {
                int k = j * n + i;
                int quad = j * q + i;
                quadDepth[quad] = (depth[k] + depth[k + 1] + depth[k + n + 1] + depth[k + n]) / 4;
                double t = (field.colour(i, j) + field.colour(i + 1, j) + field.colour(i + 1, j + 1)
                        + field.colour(i, j + 1)) / 4;
                colors[quad] = shaded(ColorMap.viridis(t), shade(bx, by, bz, k, k + 1, k + n + 1, k + n));
            }
        }
        return new ProjectedMesh(q, sx, sy, farthestFirst(quadDepth), colors);
    }

    /**
     * Indices 0..n−1 ordered by depth, largest (farthest) first; equal depths keep index order, so the order is
     * the same on every run.
     */
    static int[] farthestFirst(double[] depth) {
        Integer[] idx = new Integer[depth.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(depth[b], depth[a]));
        int[] order = new int[idx.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = idx[i];
        }
        return order;
    }

    /**
     * How much light the quad a, b, c, d catches: its normal (the cross product of its diagonals, turned to face
     * up) against the light, −1..1.
     */
    static double shade(double[] x, double[] y, double[] z, int a, int b, int c, int d) {
        double d1x = x[c] - x[a];
        double d1y = y[c] - y[a];
        double d1z = z[c] - z[a];
        double d2x = x[d] - x[b];
        double d2y = y[d] - y[b];
        double d2z = z[d] - z[b];
        double nx = d1y * d2z - d1z * d2y;
        double ny = d1z * d2x - d1x * d2z;
        double nz = d1x * d2y - d1y * d2x;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(length > 0)) {
            return 0;
        }
        if (nz < 0) {
            length = -length;
        }
        return (nx * LIGHT_X + ny * LIGHT_Y + nz * LIGHT_Z) / length;
    }

    /** The colour scaled by mplot3d's shade factor 0.3 + 0.7 × (shade + 1) / 2. */
    static int shaded(int argb, double shade) {
        double k = 0.3 + 0.7 * (shade + 1) / 2;
        return Argb.of((int) Math.round(Argb.red(argb) * k), (int) Math.round(Argb.green(argb) * k),
                (int) Math.round(Argb.blue(argb) * k));
    }

    public int quads() {
        return quads;
    }

    /** Number of quads, painted in {@link #quadAt} order. */
    public int count() {
        return order.length;
    }

    /** The quad painted at position rank (0 first, farthest). */
    public int quadAt(int rank) {
        return order[rank];
    }

    public int color(int quad) {
        return colors[quad];
    }

    /** How many vertices fall on screen inside the rectangle x, y, w, h. */
    public int verticesInside(double x, double y, double w, double h) {
        int n = 0;
        for (int k = 0; k < sx.length; k++) {
            if (sx[k] >= x && sx[k] <= x + w && sy[k] >= y && sy[k] <= y + h) {
                n++;
            }
        }
        return n;
    }

    /** Writes the quad's four corners on screen (x0, y0, … x3, y3, counter-clockwise in the plane) into out. */
    public void corners(int quad, double[] out) {
        int n = quads + 1;
        int k = (quad / quads) * n + quad % quads;
        int[] ks = {k, k + 1, k + n + 1, k + n};
        for (int c = 0; c < 4; c++) {
            out[2 * c] = sx[ks[c]];
            out[2 * c + 1] = sy[ks[c]];
        }
    }
}
