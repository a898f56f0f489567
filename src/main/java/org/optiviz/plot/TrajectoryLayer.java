package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/** The moving layer: each run's path and head (current dot or ✕), the start marker and diverged labels. */
final class TrajectoryLayer {
    /**
     * How far (pixels) beyond the plot area a marker may sit: off-screen points stay off-screen under the clip,
     * while a rasterizer never meets the huge coordinates of a point far away.
     */
    private static final double OFF_AREA = 1000;

    private TrajectoryLayer() {
    }

    /** A run's path in its colour over a contrasting halo; nothing for a run with fewer than two points. */
    static List<Item> path(RunTrace run, ViewTransform t, PlotMetrics layout) {
        if (run.count() < 2) {
            return List.of();
        }
        TrajectoryPath path = TrajectoryPath.of(run.xs(), run.ys(), run.count(), t);
        return List.of(new Polyline(path.xy(), path.count(), run.argb(), layout.pathWidth,
                Palette.haloFor(run.argb()), layout.haloWidth, "trajectory", run.key(),
                scaled(run.dash(), layout.pathWidth)));
    }

    /** The current point as a larger dot, or a ✕ where a diverged run stopped (pulled inside the area). */
    static List<Item> head(RunTrace run, ViewTransform t, PlotMetrics layout) {
        if (run.count() == 0) {
            return List.of();
        }
        double[] p = headPixel(run, t, layout);
        int halo = Palette.haloFor(run.argb());
        if (run.diverged()) {
            return List.of(new Marker(MarkerShape.CROSS, p[0], p[1], layout.crossSize, run.argb(), halo,
                    1.4 * layout.s, "diverged"));
        }
        return List.of(new Marker(MarkerShape.CIRCLE, p[0], p[1], layout.dotSize, run.argb(), halo, 1.6 * layout.s,
                "current"));
    }

    /** The start point as a white square; off-screen it stays off-screen, but within a sane distance. */
    static Item start(Point start, ViewTransform t, PlotMetrics layout) {
        PixelRect a = t.area();
        double px = clamp(t.toPixelX(start.x()), a.x() - OFF_AREA, a.right() + OFF_AREA);
        double py = clamp(t.toPixelY(start.y()), a.y() - OFF_AREA, a.bottom() + OFF_AREA);
        return new Marker(MarkerShape.SQUARE, px, py, layout.dotSize, Argb.rgb(0xffffff), Argb.rgb(0x202124),
                1.6 * layout.s, "start");
    }

    /**
     * "diverged at step N" beside each diverged run's ✕, on the side towards the middle of the plot, in the
     * run's colour over a halo; moved down while it would overlap an earlier label.
     */
    static List<Item> divergedLabels(List<RunTrace> runs, ViewTransform t, PlotMetrics layout, PlotOptions o) {
        List<Item> out = new ArrayList<>();
        placeLabels(runs, t, layout, o, out);
        return out;
    }

    /**
     * Rectangles (x, y, width, height) taken by diverged marks and their labels, which the legend must not
     * cover.
     */
    static List<double[]> divergedBoxes(List<RunTrace> runs, ViewTransform t, PlotMetrics layout, PlotOptions o) {
        return placeLabels(runs, t, layout, o, new ArrayList<>());
    }

    private static List<double[]> placeLabels(List<RunTrace> runs, ViewTransform t, PlotMetrics layout,
                                              PlotOptions o, List<Item> out) {
        List<double[]> taken = new ArrayList<>();
        double size = layout.labelFont;
        double lineHeight = size * 1.35;
        PixelRect area = t.area();
        for (RunTrace run : runs) {
            if (!run.diverged() || run.count() == 0) {
                continue;
            }
            String text = o.divergedLabel(run.divergedAt());
            double w = TextMetrics.width(text, size, true);
            double[] p = headPixel(run, t, layout);
            double offset = 13 * layout.s;
            // Labels point towards the middle; one that would overlap an earlier label moves a line up or down
            // (then to the marker's other side), so it always stays beside its own ✕.
            boolean leftSide = p[0] > area.x() + area.width() / 2;
            double x0 = leftSide ? p[0] - offset - w : p[0] + offset;
            double y = clamp(p[1], area.y() + lineHeight / 2, area.bottom() - lineHeight / 2);
            search:
            for (boolean side : new boolean[] {leftSide, !leftSide}) {
                for (int k : NEAR_LINES) {
                    double cx = side ? p[0] - offset - w : p[0] + offset;
                    double cy = clamp(p[1] + k * lineHeight, area.y() + lineHeight / 2,
                            area.bottom() - lineHeight / 2);
                    if (!overlaps(taken, cx, cy, w, lineHeight)) {
                        leftSide = side;
                        x0 = cx;
                        y = cy;
                        break search;
                    }
                }
            }
            taken.add(new double[] {x0, y - lineHeight / 2, w, lineHeight});
            double mark = layout.crossSize;
            taken.add(new double[] {p[0] - mark / 2, p[1] - mark / 2, mark, mark});
            out.add(new TextLabel(leftSide ? x0 + w : x0, y, text, size, true,
                    leftSide ? TextLabel.HAlign.RIGHT : TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, run.argb(),
                    Palette.haloFor(run.argb()), "diverged-label"));
        }
        return taken;
    }

    /** Line offsets tried for a diverged label, nearest to its marker first. */
    private static final int[] NEAR_LINES = {0, -1, 1, -2, 2, -3, 3, -4, 4};

    private static boolean overlaps(List<double[]> taken, double x, double y, double w, double h) {
        double top = y - h / 2;
        for (double[] r : taken) {
            if (x < r[0] + r[2] && r[0] < x + w && top < r[1] + r[3] && r[1] < top + h) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where to draw the head, in pixels. A live run's dot stays where the run is, even off-screen (the clip
     * hides it), but never so far that a rasterizer meets huge coordinates. A diverged run's ✕ goes where its
     * path last leaves the plot area (the last point usually lies far outside), kept a marker's half size
     * inside the border.
     */
    private static double[] headPixel(RunTrace run, ViewTransform t, PlotMetrics layout) {
        int last = run.count() - 1;
        PixelRect a = t.area();
        double px = t.toPixelX(run.xs().get(last));
        double py = t.toPixelY(run.ys().get(last));
        if (!run.diverged()) {
            return new double[] {clamp(px, a.x() - OFF_AREA, a.right() + OFF_AREA),
                clamp(py, a.y() - OFF_AREA, a.bottom() + OFF_AREA)};
        }
        int inside = last;
        while (inside >= 0 && !a.contains(t.toPixelX(run.xs().get(inside)), t.toPixelY(run.ys().get(inside)))) {
            inside--;
        }
        if (inside >= 0 && inside < last) {
            double ix = t.toPixelX(run.xs().get(inside));
            double iy = t.toPixelY(run.ys().get(inside));
            double ox = t.toPixelX(run.xs().get(inside + 1));
            double oy = t.toPixelY(run.ys().get(inside + 1));
            double exit = exitFraction(ix, iy, ox, oy, a);
            px = ix + exit * (ox - ix);
            py = iy + exit * (oy - iy);
        }
        double inset = layout.crossSize / 2;
        return new double[] {clamp(px, a.x() + inset, a.right() - inset), clamp(py, a.y() + inset, a.bottom() - inset)};
    }

    /** The fraction of the way from an inside point to an outside one at which the segment leaves the area. */
    private static double exitFraction(double ix, double iy, double ox, double oy, PixelRect a) {
        double f = 1;
        double dx = ox - ix;
        double dy = oy - iy;
        if (dx > 0) {
            f = Math.min(f, (a.right() - ix) / dx);
        } else if (dx < 0) {
            f = Math.min(f, (a.x() - ix) / dx);
        }
        if (dy > 0) {
            f = Math.min(f, (a.bottom() - iy) / dy);
        } else if (dy < 0) {
            f = Math.min(f, (a.y() - iy) / dy);
        }
        return Double.isFinite(f) ? Math.max(0, f) : 0;
    }

    /** A dash pattern given in line widths, in pixels for this width. */
    static double[] scaled(double[] dashInWidths, double width) {
        double[] pixels = new double[dashInWidths.length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = dashInWidths[i] * width;
        }
        return pixels;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
