package org.optiviz.plot.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.race.Column;
import org.optiviz.core.race.LossStretches;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.Theme;
import org.optiviz.plot.Ticks;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * The loss chart as a drawing, for the window and every export alike: each run's loss against step in its colour,
 * y ticks at whole decades (as many as fit), x ticks at round steps, light grid lines, the loss axis's title above
 * the plot and the step axis's title below its tick labels, so the two never meet. Each pixel column draws the
 * min–max of the steps it covers, so a 20,000-step run costs one short stroke per column, not one per step.
 */
public final class LossChart {
    /** Below this contrast with the page (WCAG ratio) a curve gets an outline in the axis colour. */
    private static final double MIN_CONTRAST = 1.6;
    /** A pixel column whose steps span less than this height is drawn as one point: the stroke is wider. */
    private static final double MERGED_PIXELS = 0.5;
    /**
     * A series whose key starts with this is a prediction (theory's convergence envelope), drawn dashed and thinner
     * in its run's colour beside the measured loss.
     */
    public static final String PREDICTED = "predicted:";

    private LossChart() {
    }

    /** The whole chart: page, grid, curves, frame, ticks and titles. */
    public static Drawing compose(LossChartRequest r) {
        Metrics m = new Metrics(r.scale());
        double[] range = range(r);
        double lo = range[0];
        double hi = range[1];
        // The loss axis's title on a line of its own, and below it room for the top tick label's upper half.
        double titleLine = m.titleFont * 1.6;
        double top = titleLine + m.textHeight(m.tickFont) / 2;
        double bottom = m.tickLength + m.gap + m.textHeight(m.tickFont) + m.gap + m.textHeight(m.titleFont) + m.gap;
        double[] yTicks = yTicks(r, lo, hi, m, r.height() - top - bottom);
        String[] yLabels = new String[yTicks.length];
        double widest = 0;
        for (int i = 0; i < yTicks.length; i++) {
            yLabels[i] = yLabel(r, yTicks[i], yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1);
            widest = Math.max(widest, TextMetrics.width(yLabels[i], m.tickFont, false));
        }
        double left = m.tickLength + m.gap + widest + m.gap;
        double right = Math.max(8 * m.s, TextMetrics.width(Long.toString(r.lastStep()), m.tickFont, false) / 2 + m.gap);
        Theme theme = r.theme();
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, r.width(), r.height(), theme.background(), "page"));
        double plotW = r.width() - left - right;
        double plotH = r.height() - top - bottom;
        if (plotW < 20 || plotH < 20) {
            return new Drawing(r.width(), r.height(), items);
        }
        PixelRect area = new PixelRect(left, top, plotW, plotH);
        // Values span the frame less two line widths at top and bottom: the extreme curves stay inside the frame,
        // so a back end may draw them unclipped.
        double inset = 3 * m.s;
        PixelRect span = new PixelRect(left, top + inset, plotW, plotH - 2 * inset);
        int grid = Argb.withAlpha(theme.axis(), 0.25);
        for (double v : yTicks) {
            double y = y(v, span, lo, hi);
            items.add(new LineSegment(area.x(), y, area.right(), y, grid, m.s, "grid-line"));
        }
        items.add(new ClipGroup(area.x(), area.y(), area.width(), area.height(), curves(r, span, lo, hi, m), "losses"));
        items.add(new RectShape(area.x(), area.y(), area.width(), area.height(), Argb.NONE, theme.axis(), m.s, 0,
                "frame"));
        for (int i = 0; i < yTicks.length; i++) {
            double y = y(yTicks[i], span, lo, hi);
            items.add(new LineSegment(area.x() - m.tickLength, y, area.x(), y, theme.axis(), m.s, "tick"));
            items.add(new TextLabel(area.x() - m.tickLength - m.gap, y, yLabels[i], m.tickFont, false,
                    TextLabel.HAlign.RIGHT, TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "tick-label"));
        }
        double[] xTicks = Ticks.ticks(0, r.lastStep(), Math.max(2, (int) (plotW / (70 * m.s))));
        double xStep = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
        double labelTop = area.bottom() + m.tickLength + m.gap;
        for (double v : xTicks) {
            double x = area.x() + v / r.lastStep() * plotW;
            items.add(new LineSegment(x, area.bottom(), x, area.bottom() + m.tickLength, theme.axis(), m.s, "tick"));
            items.add(new TextLabel(x, labelTop, Ticks.format(v, xStep), m.tickFont, false, TextLabel.HAlign.CENTER,
                    TextLabel.VAlign.TOP, theme.text(), Argb.NONE, "tick-label"));
        }
        items.add(new TextLabel(area.x() + plotW / 2, labelTop + m.textHeight(m.tickFont) + m.gap, r.stepTitle(),
                m.titleFont, false, TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP, theme.text(), Argb.NONE,
                "axis-title"));
        items.add(new TextLabel(m.gap, titleLine / 2, r.lossTitle(), m.titleFont, false, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "axis-title"));
        return new Drawing(r.width(), r.height(), items);
    }

    /** The y range on the chart's scale: whole decades on the log scale, never empty. */
    static double[] range(LossChartRequest r) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // The scale is monotonic: find extremes on raw losses and transform only those (no log per point).
        for (LossSeries s : r.series()) {
            double[] stretch = stretch(s, blocks(s), 0, s.count()); // the scale does not depend on the step
            double min = stretch[1];
            double max = stretch[2];
            if (min <= max) {
                lo = Math.min(lo, r.transform(min));
                hi = Math.max(hi, r.transform(max));
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (!r.signed()) {
            lo = Math.floor(lo);
            hi = Math.ceil(hi);
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    /** Whole decades every 1, 2, 5, 10, … decades (log scale), or round values of the signed scale, as many as fit. */
    private static double[] yTicks(LossChartRequest r, double lo, double hi, Metrics m, double plotHeight) {
        int room = Math.max(2, (int) (plotHeight / (20 * m.s)) + 1);
        if (r.signed()) {
            return signedTicks(lo, hi, room);
        }
        long stride = 1;
        long[] strides = {1, 2, 5, 10, 20, 50};
        for (long candidate : strides) {
            stride = candidate;
            if ((hi - lo) / candidate + 1 <= room) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / stride) * stride; k <= hi; k += stride) {
            ticks.add((double) k);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Ticks of the signed scale where f is 0 or ±10ᵏ, every 1, 2, 5, … decades so that at most {@code room} fit
     * (the largest decades first when even that is too many).
     */
    private static double[] signedTicks(double lo, double hi, int room) {
        long[] strides = {1, 2, 5, 10, 20, 50};
        int top = (int) Math.ceil(Math.max(Math.abs(lo), Math.abs(hi)));
        for (long stride : strides) {
            List<Double> ticks = new ArrayList<>();
            for (int sign = -1; sign <= 1; sign += 2) {
                // ±1 sits so close to 0 on this scale that it only gets a tick when the range is that small.
                for (long k = top >= 2 ? stride : 0; k <= top; k += stride) {
                    double v = sign * Math.log10(1 + Math.pow(10, k));
                    if (v >= lo - 1e-9 && v <= hi + 1e-9) {
                        ticks.add(v);
                    }
                }
            }
            if (0 >= lo && 0 <= hi) {
                ticks.add(0.0);
            }
            if (ticks.size() <= room || stride == strides[strides.length - 1]) {
                return ticks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            }
        }
        return new double[0];
    }

    /** A decade as 0.01, 0.1, 1, 10, 100 or 1e−8, 1e5; a signed-scale value as the loss it stands for. */
    static String yLabel(LossChartRequest r, double v, double step) {
        if (r.signed()) {
            double value = Math.signum(v) * (Math.pow(10, Math.abs(v)) - 1);
            return compact(value);
        }
        long k = Math.round(v);
        if (k >= 0 && k <= 3) {
            return Long.toString((long) Math.pow(10, k));
        }
        if (k < 0 && k >= -2) {
            return k == -1 ? "0.1" : "0.01";
        }
        return ("1e" + k).replace('-', '−');
    }

    private static String compact(double value) {
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs < 1e4 && Math.abs(value - Math.rint(value)) < 1e-6 * Math.max(1, abs)) {
            return Long.toString(Math.round(value)).replace('-', '−');
        }
        String s = abs >= 1e4 || abs < 1e-2 ? String.format(Locale.ROOT, "%.2g", value)
                .replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e")
                : String.format(Locale.ROOT, abs >= 10 ? "%.0f" : "%.2g", value);
        return s.replace('-', '−');
    }

    private static List<Item> curves(LossChartRequest r, PixelRect area, double lo, double hi, Metrics m) {
        List<Item> items = new ArrayList<>();
        for (LossSeries s : r.series()) {
            if (s.count() < 2) {
                continue;
            }
            double[] xy = columns(r, s, area, lo, hi);
            int count = xy.length / 2;
            boolean faint = contrast(s.argb(), r.theme().background()) < MIN_CONTRAST;
            if (s.key().startsWith(PREDICTED)) {
                items.add(new Polyline(xy, count, s.argb(), 1.2 * m.s, Argb.NONE, 0, "loss-predicted", s.key(),
                        new double[] {5 * m.s, 4 * m.s}));
                continue;
            }
            items.add(new Polyline(xy, count, s.argb(), 1.5 * m.s, faint ? r.theme().axis() : Argb.NONE,
                    faint ? 3.5 * m.s : 0, "loss", s.key()));
        }
        return items;
    }

    /**
     * The curve as one polyline through every pixel column the steps reach: where the column's first step enters,
     * down to its lowest and up to its highest value, and back, so no extreme is lost between pixels. A series
     * known only at some steps is drawn straight from one of them to the next.
     */
    private static double[] columns(LossChartRequest r, LossSeries s, PixelRect area, double lo, double hi) {
        int columns = (int) Math.ceil(area.width());
        double[] out = new double[8 * (columns + 1)];
        int n = 0;
        LossBlocks blocks = blocks(s);
        int i = 0;
        for (int col = 0; col <= columns && i < s.count(); col++) {
            long lastStep = (long) Math.floor((col + 1) / area.width() * r.lastStep());
            int from = i;
            if (s.steps() == null) { // value k is step k
                i = (int) Math.max(i, Math.min(s.count(), lastStep + 1));
            }
            while (i < s.count() && s.stepAt(i) <= lastStep) {
                i++;
            }
            double[] stretch = stretch(s, blocks, from, i);
            double enter = stretch[0];
            if (Double.isNaN(enter)) {
                continue;
            }
            double min = stretch[1];
            double max = stretch[2];
            double x = area.x() + col;
            double yEnter = y(r.transform(enter), area, lo, hi);
            double yMin = y(r.transform(min), area, lo, hi);
            double yMax = y(r.transform(max), area, lo, hi);
            n = add(out, n, x, yEnter);
            if (Math.abs(yMin - yMax) >= MERGED_PIXELS) {
                n = add(out, n, x, yMin);
                n = add(out, n, x, yMax);
                n = add(out, n, x, yEnter);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Appends a point to a curve of n coordinates, leaving out what draws nothing: a repeat of the last point, or
     * the middle of three points at one height (a converged run's flat line is one segment, not one per column).
     * The renderer has fewer segments to stroke, and the picture is the same.
     */
    private static int add(double[] xy, int n, double x, double y) {
        if (n >= 2 && xy[n - 2] == x && xy[n - 1] == y) {
            return n;
        }
        if (n >= 4 && xy[n - 1] == y && xy[n - 3] == y) {
            xy[n - 2] = x;
            return n;
        }
        xy[n] = x;
        xy[n + 1] = y;
        return n + 2;
    }

    /**
     * The block summary of a long series at every step kept as an array, or null: for a run's own losses (which
     * answer for stretches themselves) and where scanning is as quick.
     */
    private static LossBlocks blocks(LossSeries s) {
        return s.steps() == null && !(s.losses() instanceof LossStretches) ? LossBlocks.of(s.losses()) : null;
    }

    /**
     * {first finite value, lowest, highest} of the series' values from index {@code from} to {@code to} (exclusive):
     * from the run's own loss column, which keeps what the chart needs of each block of a long run, or else from a
     * block summary or a walk.
     */
    private static double[] stretch(LossSeries s, LossBlocks blocks, int from, int to) {
        if (s.steps() == null && s.losses() instanceof LossStretches run) {
            return run.stretch(from, to);
        }
        Column losses = s.losses();
        double first = Double.NaN;
        for (int k = from; k < to && Double.isNaN(first); k++) {
            first = Double.isFinite(losses.get(k)) ? losses.get(k) : Double.NaN;
        }
        double[] extremes = blocks != null ? blocks.extremes(losses, from, to)
                : LossBlocks.scan(losses, from, to, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        return new double[] {first, extremes[0], extremes[1]};
    }

    private static double y(double v, PixelRect area, double lo, double hi) {
        return area.bottom() - (v - lo) / (hi - lo) * area.height();
    }

    private static double contrast(int a, int b) {
        double la = Argb.luminance(a) + 0.05;
        double lb = Argb.luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    /** Sizes of text and lines at a scale. */
    private static final class Metrics {
        final double s;
        final double tickFont;
        final double titleFont;
        final double tickLength;
        final double gap;

        Metrics(double scale) {
            s = scale;
            tickFont = 10.5 * s;
            titleFont = 11.5 * s;
            tickLength = 4 * s;
            gap = 3 * s;
        }

        double textHeight(double size) {
            return TextMetrics.ascent(size, false) + TextMetrics.descent(size, false);
        }
    }
}
