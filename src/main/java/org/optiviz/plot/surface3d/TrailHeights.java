package org.optiviz.plot.surface3d;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.optiviz.core.race.Column;

/**
 * A path laid on the surface, kept between frames: every point with the surface's height under it, and between
 * two points more than a mesh cell apart extra points along the step, so the drawn line follows the surface
 * rather than cutting through the air above it. None of this depends on the camera, so turning the view reuses it,
 * and a growing path only adds its new points. A path is known by its x column's {@link Column#identity} (the live
 * run's, see {@code RunTrace}); the points already laid are compared before they are reused, so a path that is
 * not the same after all is laid anew.
 */
final class TrailHeights {
    /** Extra points per mesh cell a step crosses. */
    private static final double POINTS_PER_CELL = 1;
    private static final int MAX_PIECES = 64;
    /** Steps shorter than this share of the view each way are left out (the path's last point never is). */
    private static final double CLOSE = 1.0 / 4000;
    /** At most this many extra points per path, so a wildly jumping run stays quick to draw. */
    static final int MAX_EXTRA = 4_000;
    private static final Map<Object, Laid> CACHE = new WeakHashMap<>();

    private TrailHeights() {
    }

    /**
     * The laid path of the first count points: plane x, y and height 0..1 of each dense point; a point outside the
     * view has height NaN (the path is not drawn there).
     */
    static Laid of(HeightField field, Column xs, Column ys, int count) {
        Laid known;
        synchronized (CACHE) {
            known = CACHE.get(xs.identity());
        }
        int reused = 0;
        if (known != null && known.field == field) {
            int m = Math.min(known.sourceCount, count);
            int differs = Math.min(mismatch(known.sourceX, xs, m), mismatch(known.sourceY, ys, m));
            reused = differs < 0 ? m : differs;
            if (reused == count && known.sourceCount == count) {
                return known;
            }
        }
        Laid laid = new Laid(field, count, known, reused);
        for (int k = reused; k < count; k++) {
            laid.addSource(k, xs, ys, k == count - 1);
        }
        synchronized (CACHE) {
            CACHE.put(xs.identity(), laid);
        }
        return laid;
    }

    /** The first index below n where the laid copy and the column differ (compared as bits), or n. */
    private static int mismatch(double[] a, Column b, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b.get(i))) {
                return i;
            }
        }
        return n;
    }

    /** Dense points x, y, height of one path, and for each of its own points where it ends among them. */
    static final class Laid {
        final HeightField field;
        final int sourceCount;
        final double[] sourceX;
        final double[] sourceY;
        /** Dense index just after source point k. */
        final int[] sourceEnd;
        double[] x;
        double[] y;
        double[] h;
        int count;
        private int extra;

        Laid(HeightField field, int sourceCount, Laid from, int reused) {
            this.field = field;
            this.sourceCount = sourceCount;
            sourceX = new double[sourceCount];
            sourceY = new double[sourceCount];
            sourceEnd = new int[sourceCount];
            int dense = reused > 0 ? from.sourceEnd[reused - 1] : 0;
            int capacity = Math.max(16, dense + 2 * (sourceCount - reused) + 16);
            x = new double[capacity];
            y = new double[capacity];
            h = new double[capacity];
            if (reused > 0) {
                System.arraycopy(from.sourceX, 0, sourceX, 0, reused);
                System.arraycopy(from.sourceY, 0, sourceY, 0, reused);
                System.arraycopy(from.sourceEnd, 0, sourceEnd, 0, reused);
                System.arraycopy(from.x, 0, x, 0, dense);
                System.arraycopy(from.y, 0, y, 0, dense);
                System.arraycopy(from.h, 0, h, 0, dense);
                count = dense;
                extra = from.extra;
            }
        }

        void addSource(int k, Column xs, Column ys, boolean last) {
            double px = xs.get(k);
            double py = ys.get(k);
            sourceX[k] = px;
            sourceY[k] = py;
            boolean inView = field.view().contains(px, py);
            if (inView && !last && count > 0 && !Double.isNaN(h[count - 1])
                    && Math.abs(px - x[count - 1]) < CLOSE * field.view().width()
                    && Math.abs(py - y[count - 1]) < CLOSE * field.view().height()) {
                // A step this small is under half a pixel on any plot: crawls along a valley add nothing to draw.
                sourceEnd[k] = count;
                return;
            }
            if (inView && count > 0 && !Double.isNaN(h[count - 1])) {
                double x0 = x[count - 1];
                double y0 = y[count - 1];
                double cells = Math.max(Math.abs(px - x0) / field.view().width(),
                        Math.abs(py - y0) / field.view().height()) * field.quads();
                int pieces = (int) Math.min(MAX_PIECES, Math.ceil(cells * POINTS_PER_CELL));
                if (pieces >= 2 && extra + pieces <= MAX_EXTRA) {
                    extra += pieces;
                    for (int i = 1; i < pieces; i++) {
                        double f = (double) i / pieces;
                        double xi = x0 + f * (px - x0);
                        double yi = y0 + f * (py - y0);
                        add(xi, yi, field.heightAt(xi, yi));
                    }
                }
            }
            add(px, py, inView ? field.heightAt(px, py) : Double.NaN);
            sourceEnd[k] = count;
        }

        private void add(double px, double py, double height) {
            if (count == x.length) {
                x = Arrays.copyOf(x, 2 * count);
                y = Arrays.copyOf(y, 2 * count);
                h = Arrays.copyOf(h, 2 * count);
            }
            x[count] = px;
            y[count] = py;
            h[count] = height;
            count++;
        }
    }
}
