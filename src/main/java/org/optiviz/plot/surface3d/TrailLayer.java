package org.optiviz.plot.surface3d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.optiviz.core.race.Column;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.Palette;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.TrajectoryPath;
import org.optiviz.plot.ViewTransform;
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
    /** The ball's highlight: its size and offset relative to the ball, and its opacity. */
    private static final double SHINE_SIZE = 0.36;
    private static final double SHINE_OFFSET = 0.2;
    private static final double SHINE_ALPHA = 0.75;

    private final HeightField field;
    private final Projection projection;
    private final Sizes sizes;
    private final double[] out = new double[3];
    private final ViewTransform identity;
    private final PixelRect area;
    private final Object look;
    private SurfaceDepth depth;
    private static final int KEPT_PATHS = 64;
    /** Where the surface hides a path it shows this far towards grey: enough to follow it behind a hill. */
    private static final double HIDDEN_GREYING = 0.65;
    private static final int HIDDEN_GREY = Argb.rgb(0x8a8a8a);
    /** Points per path tested against the surface's depth before the stretches between them are filled in. */
    private static final int TESTED_POINTS = 1500;
    private static final Map<List<Object>, List<Polyline>> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<Polyline>> eldest) {
            return size() > KEPT_PATHS;
        }
    };

    /**
     * @param look what else decides where a path lands on screen besides the field and the run (camera, view,
     *             area, scale): paths drawn for an equal look are reused, as the window draws the same paths twice
     *             a frame (settled lines, then the live layer's marks)
     */
    TrailLayer(HeightField field, Projection projection, Sizes sizes, PixelRect area, Object look) {
        this.look = look;
        this.field = field;
        this.projection = projection;
        this.sizes = sizes;
        this.area = area;
        // Pixels as a plane: x as it is, y negated (a plane's y points up), so the flat plot's path thinning applies.
        identity = ViewTransform.of(new ViewBox(area.x(), area.right(), -area.bottom(), -area.y()), area);
    }

    /** Every path in draw order, then the start, then every head. */
    List<Item> items(List<RunTrace> drawOrder, Point start) {
        List<Item> items = new ArrayList<>();
        for (RunTrace run : drawOrder) {
            items.addAll(recentPath(run));
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

    private List<Polyline> recentPath(RunTrace run) {
        // A run's record compares its coordinate arrays by identity, and its count: an equal run shows the same points.
        List<Object> key = List.of(run, field, look);
        synchronized (RECENT) {
            List<Polyline> known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        List<Polyline> made = path(run);
        synchronized (RECENT) {
            RECENT.put(key, made);
        }
        return made;
    }

    /**
     * The run's path on the surface: where the surface hides it, a faint line without halo, then where it is seen,
     * the path as on the flat plot; empty with fewer than two points. Its points are projected, then thinned as the
     * flat plot's paths are ({@link TrajectoryPath}: steps over pixels the path already covers and points the line
     * passes anyway are left out), so a 20,000-step path strokes quickly while the camera turns.
     */
    List<Polyline> path(RunTrace run) {
        if (run.count() < 2) {
            return List.of();
        }
        TrailHeights.Laid laid = TrailHeights.of(field, run.xs(), run.ys(), run.count());
        // Pixels as a plane: x as it is, y negated (a plane's y points up), as the thinning expects.
        double[] px = new double[laid.count];
        double[] py = new double[laid.count];
        for (int k = 0; k < laid.count; k++) {
            if (!Double.isNaN(laid.h[k])) {
                projection.project(laid.x[k], laid.y[k], laid.h[k], out);
                px[k] = out[0];
                py[k] = -out[1];
            }
        }
        byte[] seen = seen(laid);
        double[] dash = new double[run.dash().length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = run.dash()[i] * sizes.path;
        }
        List<Polyline> lines = new ArrayList<>(2);
        Points hidden = pieces(px, py, seen, (byte) -1);
        if (hidden.count > 0) {
            // Opaque, the colour taken most of the way to grey: a translucent stroke costs the software pipeline
            // several times an opaque one, and a turning camera strokes every path every frame.
            lines.add(new Polyline(hidden.xy, hidden.count, Argb.mix(run.argb(), HIDDEN_GREY, HIDDEN_GREYING),
                    0.6 * sizes.path, Argb.NONE, 0, "trajectory-hidden", run.key(), dash));
        }
        Points shown = pieces(px, py, seen, (byte) 1);
        lines.add(new Polyline(shown.xy, shown.count, run.argb(), sizes.path, Palette.haloFor(run.argb()),
                sizes.halo, "trajectory", run.key(), dash));
        return lines;
    }

    /**
     * For each laid point: 1 seen, −1 hidden by the surface, 0 off the surface (the path ends at the view's edge, as
     * the surface does). Tested every few points, and point by point only between two tested points that differ:
     * a turning camera lays long paths anew every frame, and a path passes behind a hill in few places.
     */
    private byte[] seen(TrailHeights.Laid laid) {
        byte[] seen = new byte[laid.count];
        int stride = Math.max(1, laid.count / TESTED_POINTS);
        int previous = -1;
        for (int k = 0; k < laid.count; k = k == laid.count - 1 ? laid.count : Math.min(k + stride, laid.count - 1)) {
            seen[k] = test(laid, k);
            for (int m = previous + 1; previous >= 0 && m < k; m++) {
                seen[m] = seen[k] == seen[previous] && seen[k] != 0 ? seen[k] : test(laid, m);
            }
            previous = k;
        }
        return seen;
    }

    private byte test(TrailHeights.Laid laid, int k) {
        if (Double.isNaN(laid.h[k])) {
            return 0;
        }
        return (byte) (depth().hides(laid.x[k], laid.y[k]) ? -1 : 1);
    }

    private SurfaceDepth depth() {
        if (depth == null) {
            depth = SurfaceDepth.of(field, projection, area);
        }
        return depth;
    }

    /**
     * The stretches of points marked {@code which}, each reaching one point into its neighbours so that the seen
     * and the hidden stretches meet, thinned and joined with pen lifts.
     */
    private Points pieces(double[] px, double[] py, byte[] seen, byte which) {
        Points drawn = new Points(256);
        int n = seen.length;
        int k = 0;
        while (k < n) {
            if (seen[k] != which) {
                k++;
                continue;
            }
            int from = k > 0 && seen[k - 1] != 0 ? k - 1 : k;
            while (k < n && seen[k] == which) {
                k++;
            }
            int to = k < n && seen[k] != 0 ? k + 1 : k;
            thinned(px, py, from, to, drawn);
        }
        return drawn;
    }

    /** Adds points [from, to), thinned, to what is drawn (after a pen lift if something is drawn already). */
    private void thinned(double[] px, double[] py, int from, int to, Points drawn) {
        if (to - from < 2) {
            return;
        }
        Column xs = Column.of(from == 0 ? px : Arrays.copyOfRange(px, from, to));
        Column ys = Column.of(from == 0 ? py : Arrays.copyOfRange(py, from, to));
        TrajectoryPath path = TrajectoryPath.of(xs, ys, to - from, identity);
        if (drawn.count > 0) {
            drawn.add(Double.NaN, Double.NaN);
        }
        for (int i = 0; i < path.count(); i++) {
            drawn.add(path.xy()[2 * i], path.xy()[2 * i + 1]);
        }
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
        while (k >= 0 && !field.view().contains(run.xs().get(k), run.ys().get(k))) {
            k--;
        }
        if (k < 0) {
            return List.of();
        }
        double[] p = project(run.xs().get(k), run.ys().get(k));
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
