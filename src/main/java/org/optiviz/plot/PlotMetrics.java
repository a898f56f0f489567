package org.optiviz.plot;

import org.optiviz.plot.draw.TextMetrics;

/**
 * Sizes of text, lines and markers at a presentation scale, and where the plot area sits inside the drawing:
 * margins make room for the title line and the axes' tick labels so nothing is clipped.
 */
final class PlotMetrics {
    final double s;
    final double tickFont;
    final double titleFont;
    final double labelFont;
    final double tickLength;
    final double gap;
    /** Trajectory line width, and the width of its halo (a thin outline on each side). */
    final double pathWidth;
    final double haloWidth;
    /** The ✕ where a run diverged (labels keep clear of it), and the current dot and start square. */
    final double crossSize;
    final double dotSize;

    PlotMetrics(PlotOptions o) {
        s = o.scale();
        tickFont = 12 * s;
        titleFont = 15 * s;
        labelFont = 12.5 * s;
        tickLength = 5 * s;
        gap = 4 * s;
        pathWidth = 2.2 * s;
        haloWidth = pathWidth + 1.4 * s;
        crossSize = 18 * s;
        dotSize = 11 * s;
    }

    boolean hasTitleLine(PlotOptions o) {
        return !o.title().isEmpty() || o.showFormula();
    }

    double titleLineHeight() {
        return titleFont * 1.9;
    }

    /** The plot area and its transform: the view fitted (equal units in x and y) into the margins. */
    ViewTransform transform(PlotRequest r) {
        PlotOptions o = r.options();
        double top = hasTitleLine(o) ? titleLineHeight() : o.showAxes() ? 10 * s : 0;
        if (!o.showAxes()) {
            return ViewTransform.fit(r.view(), area(r, 0, top, 0, 0));
        }
        double bottom = tickLength + gap + TextMetrics.ascent(tickFont, false) + TextMetrics.descent(tickFont, false)
                + gap + labelFont * 1.3;
        double right = Math.max(14 * s, TextMetrics.width("−0.00", tickFont, false) / 2 + 4 * s);
        double yTitle = TextMetrics.width("y", labelFont, false) + 3 * gap;
        double left = tickLength + gap + TextMetrics.width("−0.0", tickFont, false) + yTitle;
        // The widest y tick label of the fitted view decides the left margin; a wider margin refits the view, whose
        // ticks may then need wider labels ("1.2" becoming "1.20"), so widen until the labels fit.
        ViewTransform t = ViewTransform.fit(r.view(), area(r, left, top, right, bottom));
        left = tickLength + gap + widestYLabel(t) + yTitle;
        t = ViewTransform.fit(r.view(), area(r, left, top, right, bottom));
        for (int pass = 0; pass < 4; pass++) {
            double needed = tickLength + gap + widestYLabel(t) + yTitle;
            if (needed <= left) {
                break;
            }
            left = needed;
            t = ViewTransform.fit(r.view(), area(r, left, top, right, bottom));
        }
        return t;
    }

    private double widestYLabel(ViewTransform t) {
        double widest = 0;
        double[] ticks = yTicks(t);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        for (double v : ticks) {
            widest = Math.max(widest, TextMetrics.width(Ticks.format(v, step), tickFont, false));
        }
        return widest;
    }

    double[] xTicks(ViewTransform t) {
        return Ticks.ticks(t.view().xMin(), t.view().xMax(), Math.max(2, (int) (t.area().width() / (90 * s))));
    }

    double[] yTicks(ViewTransform t) {
        return Ticks.ticks(t.view().yMin(), t.view().yMax(), Math.max(2, (int) (t.area().height() / (60 * s))));
    }

    private static PixelRect area(PlotRequest r, double left, double top, double right, double bottom) {
        double w = Math.max(8, r.width() - left - right);
        double h = Math.max(8, r.height() - top - bottom);
        return new PixelRect(left, top, w, h);
    }
}
