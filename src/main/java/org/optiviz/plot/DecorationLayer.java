package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/** The frame, axes with ticks and labels, the title line (name and formula) and the legend. */
final class DecorationLayer {
    private DecorationLayer() {
    }

    static List<Item> build(PlotRequest r, ViewTransform t, PlotMetrics layout) {
        PlotOptions o = r.options();
        Theme theme = o.theme();
        PixelRect a = t.area();
        List<Item> items = new ArrayList<>();
        margins(r, a, theme, items);
        if (layout.hasTitleLine(o)) {
            title(r, a, layout, items);
        }
        if (o.showAxes()) {
            axes(t, layout, theme, items);
        }
        items.add(new RectShape(a.x(), a.y(), a.width(), a.height(), Argb.NONE, theme.axis(), layout.s, 0, "frame"));
        if (o.showLegend() && !r.runs().isEmpty()) {
            VectorOverlay arrows = r.vectors();
            double[] key = arrows != null && arrows.anyOn() && !arrows.runs().isEmpty()
                    ? VectorLayer.keyBox(arrows, t, layout) : null;
            LegendBox.build(r.runs(), t, layout, o, key, items);
        }
        if (r.field() instanceof PaintedField painted) {
            PaintedLayer.key(painted, r.runs(), t, layout, o, items);
        }
        return items;
    }

    /**
     * The page colour over everything outside the plot area. Layers below keep their content within a few
     * pixels of the area, so with these strips on top a back end need not clip them (clipping is what costs
     * most on JavaFX's software pipeline).
     */
    private static void margins(PlotRequest r, PixelRect a, Theme theme, List<Item> items) {
        int page = theme.background();
        double w = r.width();
        double h = r.height();
        if (a.y() > 0) {
            items.add(RectShape.filled(0, 0, w, a.y(), page, "margin"));
        }
        if (a.bottom() < h) {
            items.add(RectShape.filled(0, a.bottom(), w, h - a.bottom(), page, "margin"));
        }
        if (a.x() > 0) {
            items.add(RectShape.filled(0, a.y(), a.x(), a.height(), page, "margin"));
        }
        if (a.right() < w) {
            items.add(RectShape.filled(a.right(), a.y(), w - a.right(), a.height(), page, "margin"));
        }
    }

    private static void title(PlotRequest r, PixelRect a, PlotMetrics layout, List<Item> items) {
        PlotOptions o = r.options();
        String name = o.title().isEmpty() ? r.field().name() : o.title();
        double y = layout.titleLineHeight() / 2;
        int color = o.theme().text();
        items.add(new TextLabel(a.x(), y, name, layout.titleFont, true, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, color, Argb.NONE, "title"));
        if (o.showFormula() && !r.field().formula().isEmpty()) {
            double x = a.x() + TextMetrics.width(name, layout.titleFont, true) + 2.5 * layout.titleFont;
            String formula = r.field().formula();
            // The formula goes only where it fits whole; a narrow cell keeps just the name.
            if (x + TextMetrics.width(formula, layout.labelFont, false) <= r.width() - 4 * layout.s) {
                items.add(new TextLabel(x, y, formula, layout.labelFont, false, TextLabel.HAlign.LEFT,
                        TextLabel.VAlign.CENTER, color, Argb.NONE, "formula"));
            }
        }
    }

    private static void axes(ViewTransform t, PlotMetrics layout, Theme theme, List<Item> items) {
        PixelRect a = t.area();
        double lw = layout.s;
        int tickColor = theme.axis();
        int textColor = theme.text();
        double[] xs = layout.xTicks(t);
        double xStep = xs.length > 1 ? xs[1] - xs[0] : 1;
        double labelTop = a.bottom() + layout.tickLength + layout.gap;
        for (double v : xs) {
            double px = t.toPixelX(v);
            items.add(new LineSegment(px, a.bottom(), px, a.bottom() + layout.tickLength, tickColor, lw, "tick"));
            items.add(new TextLabel(px, labelTop, Ticks.format(v, xStep), layout.tickFont, false,
                    TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP, textColor, Argb.NONE, "tick-label"));
        }
        double[] ys = layout.yTicks(t);
        double yStep = ys.length > 1 ? ys[1] - ys[0] : 1;
        double labelRight = a.x() - layout.tickLength - layout.gap;
        double widest = 0;
        for (double v : ys) {
            double py = t.toPixelY(v);
            String text = Ticks.format(v, yStep);
            widest = Math.max(widest, TextMetrics.width(text, layout.tickFont, false));
            items.add(new LineSegment(a.x() - layout.tickLength, py, a.x(), py, tickColor, lw, "tick"));
            items.add(new TextLabel(labelRight, py, text, layout.tickFont, false, TextLabel.HAlign.RIGHT,
                    TextLabel.VAlign.CENTER, textColor, Argb.NONE, "tick-label"));
        }
        double xTitleY = labelTop + TextMetrics.ascent(layout.tickFont, false)
                + TextMetrics.descent(layout.tickFont, false) + layout.gap;
        items.add(new TextLabel(a.x() + a.width() / 2, xTitleY, "x", layout.labelFont, false,
                TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP, textColor, Argb.NONE, "axis-title"));
        items.add(new TextLabel(labelRight - widest - 2 * layout.gap, a.y() + a.height() / 2, "y", layout.labelFont,
                false, TextLabel.HAlign.RIGHT, TextLabel.VAlign.CENTER, textColor, Argb.NONE, "axis-title"));
    }

    /** A legend swatch: a short line of the run's colour with its halo, as on the plot. */
    static Polyline swatch(double x, double y, double length, RunTrace run, PlotMetrics layout) {
        double width = 3 * layout.s;
        return new Polyline(new double[] {x, y, x + length, y}, 2, run.argb(), width, Palette.haloFor(run.argb()),
                width + 1.4 * layout.s, "legend-swatch", run.key(), TrajectoryLayer.scaled(run.dash(), width));
    }
}
