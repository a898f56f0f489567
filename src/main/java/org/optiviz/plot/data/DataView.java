package org.optiviz.plot.data;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.Theme;
import org.optiviz.plot.Ticks;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * The data view as a drawing, for the window and exports alike: the data's points (faint), the current
 * minibatch's rows (larger, ringed), and each run's current model in its colour, over the data's x and y with
 * ticks and the columns' names as axis titles. Labels 0/1 of a logistic model are spread a little up and down
 * (the same way every time) so that rows with the same x stay visible.
 */
public final class DataView {
    /** How far a 0/1 label is spread, in units of y. */
    static final double LABEL_SPREAD = 0.05;
    private static final int CURVE_POINTS = 121;
    private static final int BATCH_COLOR = Argb.rgb(0xe8710a);

    private DataView() {
    }

    public static Drawing compose(DataViewRequest r) {
        double s = r.scale();
        double tickFont = 10.5 * s;
        double titleFont = 11.5 * s;
        double tick = 4 * s;
        double gap = 3 * s;
        Theme theme = r.theme();
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, r.width(), r.height(), theme.background(), "page"));
        double[] xr = padded(r.points().xMin(), r.points().xMax());
        double[] yr = r.logistic() ? new double[] {-0.15, 1.15} : padded(r.points().yMin(), r.points().yMax());
        double textH = TextMetrics.ascent(tickFont, false) + TextMetrics.descent(tickFont, false);
        double titleLine = titleFont * 1.6;
        double top = titleLine + textH / 2;
        double bottom = tick + gap + textH + gap + titleFont * 1.4 + gap;
        double[] yTicks = r.logistic() ? new double[] {0, 1}
                : Ticks.ticks(yr[0], yr[1], Math.max(2, (int) ((r.height() - top - bottom) / (28 * s))));
        double yStep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
        double widest = 0;
        for (double v : yTicks) {
            widest = Math.max(widest, TextMetrics.width(Ticks.format(v, yStep), tickFont, false));
        }
        double left = tick + gap + widest + gap;
        double right = 10 * s;
        if (r.width() - left - right < 20 || r.height() - top - bottom < 20) {
            return new Drawing(r.width(), r.height(), items);
        }
        PixelRect area = new PixelRect(left, top, r.width() - left - right, r.height() - top - bottom);
        int grid = Argb.withAlpha(theme.axis(), 0.25);
        for (double v : yTicks) {
            double y = py(v, area, yr);
            items.add(new LineSegment(area.x(), y, area.right(), y, grid, s, "grid-line"));
        }
        List<Item> inside = new ArrayList<>();
        points(r, area, xr, yr, inside);
        batch(r, area, xr, yr, inside);
        for (ModelLine model : r.models()) {
            Item curve = curve(r, model, area, xr, yr);
            if (curve != null) {
                inside.add(curve);
            }
        }
        items.add(new ClipGroup(area.x(), area.y(), area.width(), area.height(), inside, "data"));
        items.add(new RectShape(area.x(), area.y(), area.width(), area.height(), Argb.NONE, theme.axis(), s, 0,
                "frame"));
        for (double v : yTicks) {
            double y = py(v, area, yr);
            items.add(new LineSegment(area.x() - tick, y, area.x(), y, theme.axis(), s, "tick"));
            items.add(new TextLabel(area.x() - tick - gap, y, Ticks.format(v, yStep), tickFont, false,
                    TextLabel.HAlign.RIGHT, TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "tick-label"));
        }
        double[] xTicks = Ticks.ticks(xr[0], xr[1], Math.max(2, (int) (area.width() / (70 * s))));
        double xStep = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
        double labelTop = area.bottom() + tick + gap;
        for (double v : xTicks) {
            double x = px(v, area, xr);
            items.add(new LineSegment(x, area.bottom(), x, area.bottom() + tick, theme.axis(), s, "tick"));
            items.add(new TextLabel(x, labelTop, Ticks.format(v, xStep), tickFont, false, TextLabel.HAlign.CENTER,
                    TextLabel.VAlign.TOP, theme.text(), Argb.NONE, "tick-label"));
        }
        items.add(new TextLabel(area.x() + area.width() / 2, labelTop + textH + gap, r.xTitle(), titleFont, false,
                TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP, theme.text(), Argb.NONE, "axis-title"));
        items.add(new TextLabel(gap, titleLine / 2, r.yTitle(), titleFont, false, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "axis-title"));
        return new Drawing(r.width(), r.height(), items);
    }

    /** Every stride-th row, small and faint, so the batch and the models stand out. */
    private static void points(DataViewRequest r, PixelRect area, double[] xr, double[] yr, List<Item> out) {
        DataPoints p = r.points();
        int fill = Argb.withAlpha(r.theme().axis(), 0.45);
        double size = 4.5 * r.scale();
        for (int i = 0; i < p.rows(); i += p.stride()) {
            out.add(new Marker(MarkerShape.CIRCLE, px(p.xs()[i], area, xr), py(y(r, i), area, yr), size, fill,
                    Argb.NONE, 0, "point"));
        }
    }

    /** The current minibatch's rows (at most as many as the points shown), filled and ringed. */
    private static void batch(DataViewRequest r, PixelRect area, double[] xr, double[] yr, List<Item> out) {
        if (r.batch() == null) {
            return;
        }
        DataPoints p = r.points();
        double size = 7 * r.scale();
        int shown = Math.min(r.batch().length, DataPoints.MAX_SHOWN);
        for (int k = 0; k < shown; k++) {
            int i = r.batch()[k];
            out.add(new Marker(MarkerShape.CIRCLE, px(p.xs()[i], area, xr), py(y(r, i), area, yr), size, BATCH_COLOR,
                    r.theme().background(), r.scale(), "batch-point"));
        }
    }

    /**
     * The model over the x range: σ(w·x + b) for a logistic model (which stays within the y range), or the line
     * w·x + b cut to the frame here, since back ends draw clip groups unclipped; null when the line misses it.
     */
    private static Item curve(DataViewRequest r, ModelLine model, PixelRect area, double[] xr, double[] yr) {
        double from = xr[0];
        double to = xr[1];
        if (!r.logistic() && model.w() != 0) {
            double a = (yr[0] - model.b()) / model.w();
            double b = (yr[1] - model.b()) / model.w();
            from = Math.max(from, Math.min(a, b));
            to = Math.min(to, Math.max(a, b));
        } else if (!r.logistic() && (model.b() < yr[0] || model.b() > yr[1])) {
            return null;
        }
        if (!(from < to)) {
            return null;
        }
        int n = r.logistic() ? CURVE_POINTS : 2;
        double[] xy = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double x = from + (to - from) * k / (n - 1);
            double z = model.w() * x + model.b();
            xy[2 * k] = px(x, area, xr);
            xy[2 * k + 1] = py(r.logistic() ? sigmoid(z) : z, area, yr);
        }
        return new Polyline(xy, n, model.argb(), 2 * r.scale(), r.theme().background(), 4 * r.scale(), "model",
                model.key());
    }

    private static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Row i's y as drawn: a 0/1 label spread by a fixed amount of its own. */
    static double y(DataViewRequest r, int i) {
        double y = r.points().ys()[i];
        if (!r.logistic()) {
            return y;
        }
        long h = (i + 1) * 0x9E3779B97F4A7C15L;
        double u = ((h >>> 11) * 0x1.0p-53) * 2 - 1;
        return y + LABEL_SPREAD * u;
    }

    private static double[] padded(double lo, double hi) {
        double span = hi - lo;
        double pad = span > 0 ? 0.06 * span : Math.max(1, Math.abs(lo)) * 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    private static double px(double x, PixelRect area, double[] xr) {
        return area.x() + (x - xr[0]) / (xr[1] - xr[0]) * area.width();
    }

    private static double py(double y, PixelRect area, double[] yr) {
        return area.bottom() - (y - yr[0]) / (yr[1] - yr[0]) * area.height();
    }
}
