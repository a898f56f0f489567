package org.optiviz.plot;

import java.util.List;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * The legend: one row per run (colour swatch, name) in a translucent box inside the plot area, in whichever
 * corner covers no diverged mark and the fewest path points, so it hides as little of the race as possible.
 */
final class LegendBox {
    private LegendBox() {
    }

    /** @param avoid a box (x, y, width, height) the legend must not cover, such as the arrows' key; or null */
    static void build(List<RunTrace> runs, ViewTransform t, PlotMetrics layout, PlotOptions o, double[] avoid,
                      List<Item> items) {
        Theme theme = o.theme();
        double s = layout.s;
        double font = layout.labelFont;
        double row = font * 1.5;
        double pad = 8 * s;
        double swatch = 22 * s;
        double textWidth = 0;
        for (RunTrace run : runs) {
            textWidth = Math.max(textWidth, TextMetrics.width(run.label(), font, false));
        }
        double w = pad + swatch + 6 * s + textWidth + pad;
        double h = 2 * pad + row * runs.size() - (row - font * 1.2);
        PixelRect a = t.area();
        double margin = 8 * s;
        if (w + 2 * margin > a.width() || h + 2 * margin > a.height()) {
            return;
        }
        double[][] corners = {
            {a.right() - margin - w, a.y() + margin},
            {a.x() + margin, a.y() + margin},
            {a.right() - margin - w, a.bottom() - margin - h},
            {a.x() + margin, a.bottom() - margin - h}};
        List<double[]> marks = new java.util.ArrayList<>(TrajectoryLayer.divergedBoxes(runs, t, layout, o));
        if (avoid != null) {
            marks.add(avoid);
        }
        double[] best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (double[] c : corners) {
            // A diverged mark or label under the legend would be lost: avoid that before anything else.
            long n = pointsInside(runs, t, c[0], c[1], w, h) + 1_000_000_000L * overlapping(marks, c[0], c[1], w, h);
            if (n < fewest) {
                fewest = n;
                best = c;
            }
        }
        double x = best[0];
        double y = best[1];
        items.add(new RectShape(x, y, w, h, theme.legendFill(), theme.legendBorder(), s, 4 * s, "legend"));
        for (int i = 0; i < runs.size(); i++) {
            RunTrace run = runs.get(i);
            double cy = y + pad + font * 0.6 + i * row;
            items.add(DecorationLayer.swatch(x + pad, cy, swatch, run, layout));
            items.add(new TextLabel(x + pad + swatch + 6 * s, cy, run.label(), font, false, TextLabel.HAlign.LEFT,
                    TextLabel.VAlign.CENTER, theme.text(), 0, "legend-label"));
        }
    }

    private static long overlapping(List<double[]> boxes, double x, double y, double w, double h) {
        long n = 0;
        for (double[] r : boxes) {
            if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h) {
                n++;
            }
        }
        return n;
    }

    /** Path points inside the rectangle, every few hundredth point checked (enough to compare corners). */
    private static long pointsInside(List<RunTrace> runs, ViewTransform t, double x, double y, double w, double h) {
        long n = 0;
        for (RunTrace run : runs) {
            int stride = Math.max(1, run.count() / 500);
            for (int i = 0; i < run.count(); i += stride) {
                double px = t.toPixelX(run.xs().get(i));
                double py = t.toPixelY(run.ys().get(i));
                if (px >= x && px <= x + w && py >= y && py <= y + h) {
                    n += stride;
                }
            }
        }
        return n;
    }
}
