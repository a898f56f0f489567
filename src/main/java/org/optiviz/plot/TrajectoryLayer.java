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
    private TrajectoryLayer() {
    }

    /** A run's path in its colour over a contrasting halo; nothing for a run with fewer than two points. */
    static List<Item> path(RunTrace run, ViewTransform t, PlotLayout layout) {
        if (run.count() < 2) {
            return List.of();
        }
        TrajectoryPath path = TrajectoryPath.of(run.xs(), run.ys(), run.count(), t);
        double width = 2 * layout.s;
        return List.of(new Polyline(path.xy(), path.count(), run.argb(), width, Palette.haloFor(run.argb()),
                width + 2 * layout.s, "trajectory", run.key()));
    }

    /** The current point as a larger dot, or a ✕ where a diverged run stopped (pulled inside the area). */
    static List<Item> head(RunTrace run, ViewTransform t, PlotLayout layout) {
        if (run.count() == 0) {
            return List.of();
        }
        double[] p = headPixel(run, t, layout);
        int halo = Palette.haloFor(run.argb());
        if (run.diverged()) {
            return List.of(new Marker(MarkerShape.CROSS, p[0], p[1], 18 * layout.s, run.argb(), halo,
                    1.4 * layout.s, "diverged"));
        }
        return List.of(new Marker(MarkerShape.CIRCLE, p[0], p[1], 11 * layout.s, run.argb(), halo, 1.6 * layout.s,
                "current"));
    }

    static Item start(Point start, ViewTransform t, PlotLayout layout) {
        return new Marker(MarkerShape.SQUARE, t.toPixelX(start.x()), t.toPixelY(start.y()), 11 * layout.s,
                Argb.rgb(0xffffff), Argb.rgb(0x202124), 1.6 * layout.s, "start");
    }

    /**
     * "diverged at step N" beside each diverged run's ✕, in the run's colour over a halo; moved down while
     * it would overlap an earlier label, and to the left of the ✕ near the right edge.
     */
    static List<Item> divergedLabels(List<RunTrace> runs, ViewTransform t, PlotLayout layout, PlotOptions o) {
        List<Item> out = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        double size = layout.labelFont;
        double lineHeight = size * 1.35;
        PixelRect area = t.area();
        for (RunTrace run : runs) {
            if (!run.diverged() || run.count() == 0) {
                continue;
            }
            String text = o.divergedLabel(run.divergedAt());
            double w = TextMetrics.width(text, size, false);
            double[] p = headPixel(run, t, layout);
            double offset = 13 * layout.s;
            boolean leftSide = p[0] + offset + w > area.right() - 2;
            double x0 = leftSide ? p[0] - offset - w : p[0] + offset;
            double y = Math.max(area.y() + lineHeight / 2, Math.min(area.bottom() - lineHeight / 2, p[1]));
            for (int tries = 0; tries < runs.size() && overlaps(taken, x0, y, w, lineHeight); tries++) {
                y += lineHeight;
                if (y > area.bottom() - lineHeight / 2) {
                    y = area.y() + lineHeight / 2;
                }
            }
            taken.add(new double[] {x0, y - lineHeight / 2, w, lineHeight});
            out.add(new TextLabel(leftSide ? x0 + w : x0, y, text, size, true,
                    leftSide ? TextLabel.HAlign.RIGHT : TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, run.argb(),
                    Palette.haloFor(run.argb()), "diverged-label"));
        }
        return out;
    }

    private static boolean overlaps(List<double[]> taken, double x, double y, double w, double h) {
        double top = y - h / 2;
        for (double[] r : taken) {
            if (x < r[0] + r[2] && r[0] < x + w && top < r[1] + r[3] && r[1] < top + h) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    /** The last point in pixels, pulled inside the area (by the marker's half size) when it lies outside. */
    private static double[] headPixel(RunTrace run, ViewTransform t, PlotLayout layout) {
        int last = run.count() - 1;
        double px = t.toPixelX(run.xs()[last]);
        double py = t.toPixelY(run.ys()[last]);
        PixelRect a = t.area();
        double inset = 9 * layout.s;
        px = Double.isFinite(px) ? Math.max(a.x() + inset, Math.min(a.right() - inset, px)) : a.x() + a.width() / 2;
        py = Double.isFinite(py) ? Math.max(a.y() + inset, Math.min(a.bottom() - inset, py)) : a.y() + a.height() / 2;
        if (!run.diverged()) {
            // A live run's dot stays where the run is, even off-screen (the clip hides it), but never so far
            // that a rasterizer meets huge coordinates.
            px = clamp(t.toPixelX(run.xs()[last]), a.x() - 1000, a.right() + 1000);
            py = clamp(t.toPixelY(run.ys()[last]), a.y() - 1000, a.bottom() + 1000);
        }
        return new double[] {px, py};
    }
}
