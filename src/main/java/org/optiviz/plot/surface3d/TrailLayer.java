package org.optiviz.plot.surface3d;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.Palette;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;

/**
 * The runs in 3D: each path lying on the surface (every point at the height of f there, on the mesh's scale), the
 * current point as a ball, a ✕ where a run diverged, and the start as a white square. A path is cut where it
 * leaves the view, as the surface ends there.
 */
final class TrailLayer {
    /** Points closer than this (pixels) to the last one kept add nothing visible and are skipped. */
    private static final double MIN_STEP = 0.5;
    /** A step longer than this on screen (pixels) is drawn in pieces of about this length along the surface. */
    private static final double PIECE = 6;
    private static final int MAX_PIECES = 64;
    /** At most this many points are added to one path, so a wildly jumping run stays quick to draw. */
    private static final int MAX_EXTRA = 20_000;
    /** The ball's highlight: its size and offset relative to the ball, and its opacity. */
    private static final double SHINE_SIZE = 0.36;
    private static final double SHINE_OFFSET = 0.2;
    private static final double SHINE_ALPHA = 0.75;

    private final HeightField field;
    private final Projection projection;
    private final Sizes sizes;
    private final double[] out = new double[3];

    TrailLayer(HeightField field, Projection projection, Sizes sizes) {
        this.field = field;
        this.projection = projection;
        this.sizes = sizes;
    }

    /** Every path in draw order, then the start, then every head. */
    List<Item> items(List<RunTrace> drawOrder, Point start) {
        List<Item> items = new ArrayList<>();
        for (RunTrace run : drawOrder) {
            Polyline path = path(run);
            if (path != null) {
                items.add(path);
            }
        }
        if (start != null && field.view().contains(start.x(), start.y())) {
            double[] p = project(start.x(), start.y());
            items.add(new Marker(MarkerShape.SQUARE, p[0], p[1], sizes.dot, Argb.rgb(0xffffff), Argb.rgb(0x202124),
                    1.6 * sizes.s, "start"));
        }
        for (RunTrace run : drawOrder) {
            items.addAll(head(run));
        }
        return items;
    }

    /** The run's path on the surface, or null with fewer than two points. */
    Polyline path(RunTrace run) {
        if (run.count() < 2) {
            return null;
        }
        ViewBox view = field.view();
        Points points = new Points(run.count() + 2);
        boolean penDown = false;
        int extra = 0;
        for (int k = 0; k < run.count(); k++) {
            double x = run.xs()[k];
            double y = run.ys()[k];
            if (!view.contains(x, y)) {
                if (penDown) {
                    points.add(Double.NaN, Double.NaN);
                    penDown = false;
                }
                continue;
            }
            double[] p = project(x, y);
            if (penDown) {
                double length = Math.hypot(p[0] - points.lastX(), p[1] - points.lastY());
                boolean last = k == run.count() - 1;
                if (!last && length < MIN_STEP) {
                    continue;
                }
                // A long step follows the surface between its ends instead of cutting through the air above it.
                int pieces = (int) Math.min(MAX_PIECES, Math.floor(length / PIECE));
                if (pieces >= 2 && extra + pieces <= MAX_EXTRA) {
                    extra += pieces;
                    double x0 = run.xs()[k - 1];
                    double y0 = run.ys()[k - 1];
                    for (int i = 1; i < pieces; i++) {
                        double f = (double) i / pieces;
                        double[] q = project(x0 + f * (x - x0), y0 + f * (y - y0));
                        points.add(q[0], q[1]);
                    }
                }
            }
            points.add(p[0], p[1]);
            penDown = true;
        }
        double[] dash = new double[run.dash().length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = run.dash()[i] * sizes.path;
        }
        return new Polyline(points.xy, points.count, run.argb(), sizes.path, Palette.haloFor(run.argb()),
                sizes.halo, "trajectory", run.key(), dash);
    }

    /** A growing list of screen points x0, y0, x1, y1, …. */
    private static final class Points {
        double[] xy;
        int count;

        Points(int capacity) {
            xy = new double[2 * capacity];
        }

        void add(double x, double y) {
            if (2 * count + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, 2 * xy.length + 16);
            }
            xy[2 * count] = x;
            xy[2 * count + 1] = y;
            count++;
        }

        double lastX() {
            return xy[2 * count - 2];
        }

        double lastY() {
            return xy[2 * count - 1];
        }
    }

    /** The current point as a shaded ball, or a ✕ at the last point in view of a diverged run. */
    List<Item> head(RunTrace run) {
        int k = run.count() - 1;
        while (k >= 0 && !field.view().contains(run.xs()[k], run.ys()[k])) {
            k--;
        }
        if (k < 0) {
            return List.of();
        }
        double[] p = project(run.xs()[k], run.ys()[k]);
        int halo = Palette.haloFor(run.argb());
        if (run.diverged()) {
            return List.of(new Marker(MarkerShape.CROSS, p[0], p[1], sizes.cross, run.argb(), halo, 1.4 * sizes.s,
                    "diverged"));
        }
        double d = sizes.ball;
        return List.of(
                new Marker(MarkerShape.CIRCLE, p[0], p[1], d, run.argb(), halo, 1.6 * sizes.s, "current"),
                new Marker(MarkerShape.CIRCLE, p[0] - SHINE_OFFSET * d, p[1] - SHINE_OFFSET * d, SHINE_SIZE * d,
                        Argb.withAlpha(0xffffffff, SHINE_ALPHA), Argb.NONE, 0, "current-shine"));
    }

    private double[] project(double x, double y) {
        projection.project(x, y, field.heightAt(x, y), out);
        return new double[] {out[0], out[1]};
    }
}
