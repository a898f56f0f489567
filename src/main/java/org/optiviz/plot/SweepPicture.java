package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;

/**
 * A sweep as a heat map: one cell per pair of values, coloured by the final loss above the floor on a log scale
 * (viridis, dark blue the lowest), diverged cells near black with the boundary of the diverged region drawn in white,
 * the current setting ringed, axes in the hyperparameters' own values and a colour bar.
 */
public final class SweepPicture {
    private static final int DIVERGED = Argb.rgb(0x202124);
    private static final double LEFT = 78;
    private static final double RIGHT = 120;
    private static final double TOP = 56;
    private static final double BOTTOM = 58;
    private static final double TINY = 1e-300;

    private SweepPicture() {
    }

    /** The picture on a page of width × height; loss is shown as loss − floor, up to the loss at the start. */
    public static Drawing draw(Sweep sweep, double floor, double startLoss, String title, double width, double height,
                               Theme theme) {
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, width, height, theme.background(), "page"));
        SweepAxis x = sweep.x();
        SweepAxis y = sweep.y();
        double ax = LEFT;
        double ay = TOP;
        double aw = width - LEFT - RIGHT;
        double ah = height - TOP - BOTTOM;
        double[] level = new double[sweep.settings().length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < level.length; run++) {
            level[run] = Math.log10(Math.max(sweep.result().loss(run) - floor, 0) + TINY);
            if (sweep.result().status(run) != RunStatus.DIVERGED) {
                lo = Math.min(lo, level[run]);
                hi = Math.max(hi, level[run]);
            }
        }
        // Colours span from the best cell up to the loss at the start: a cell that ended higher than it began shows
        // as the top colour, and nothing is spent on gaps no setting reaches (no more than 30 decades below).
        double startLevel = Math.log10(Math.max(startLoss - floor, 0) + TINY);
        hi = Math.min(hi, startLevel);
        lo = Math.max(lo, hi - 30);
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int[] pixels = new int[x.n() * y.n()];
        for (int row = 0; row < y.n(); row++) {
            int j = y.n() - 1 - row;
            for (int i = 0; i < x.n(); i++) {
                int run = sweep.run(i, j);
                pixels[row * x.n() + i] = diverged(sweep, run) ? DIVERGED
                        : ColorMap.viridis(Math.max(0, Math.min(1, (level[run] - lo) / (hi - lo))));
            }
        }
        items.add(new RasterImage(ax, ay, aw, ah, x.n(), y.n(), pixels));
        double cw = aw / x.n();
        double ch = ah / y.n();
        int boundary = Argb.rgb(0xffffff);
        for (int j = 0; j < y.n(); j++) {
            for (int i = 0; i < x.n(); i++) {
                boolean here = diverged(sweep, sweep.run(i, j));
                double left = ax + i * cw;
                double top = ay + (y.n() - 1 - j) * ch;
                if (i + 1 < x.n() && here != diverged(sweep, sweep.run(i + 1, j))) {
                    items.add(new LineSegment(left + cw, top, left + cw, top + ch, boundary, 2, "divergence-boundary"));
                }
                if (j + 1 < y.n() && here != diverged(sweep, sweep.run(i, j + 1))) {
                    items.add(new LineSegment(left, top, left + cw, top, boundary, 2, "divergence-boundary"));
                }
            }
        }
        items.add(new RectShape(ax, ay, aw, ah, Argb.NONE, theme.axis(), 1, 0, "frame"));
        double cx = pixel(x, sweep.base().get(x.key()), ax, aw);
        double cy = ay + ah - (pixel(y, sweep.base().get(y.key()), 0, ah));
        if (cx >= ax && cx <= ax + aw && cy >= ay && cy <= ay + ah) {
            items.add(new Marker(MarkerShape.CIRCLE, cx, cy, 14, Argb.NONE, Argb.rgb(0xffffff), 2.5, "current"));
            items.add(new Marker(MarkerShape.CIRCLE, cx, cy, 18, Argb.NONE, Argb.rgb(0xd93025), 1.5, "current"));
        }
        axis(items, x, ax, ay + ah, aw, true, theme);
        axis(items, y, ax, ay + ah, ah, false, theme);
        items.add(new TextLabel(ax, 18, title, 15, true, TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER,
                theme.text(), 0, "title"));
        colorBar(items, lo, hi, ax + aw + 24, ay, ah, theme);
        return new Drawing(width, height, items);
    }

    private static boolean diverged(Sweep sweep, int run) {
        return sweep.result().status(run) == RunStatus.DIVERGED;
    }

    /** Pixel offset of a value along an axis of this length: cell k spans [k, k + 1) of n equal parts. */
    private static double pixel(SweepAxis axis, double value, double origin, double length) {
        double p0 = axis.position(axis.lo());
        double p1 = axis.position(axis.hi());
        double d = (p1 - p0) / (axis.n() - 1);
        return origin + (axis.position(value) - (p0 - d / 2)) / (axis.n() * d) * length;
    }

    private static void axis(List<Item> items, SweepAxis axis, double ox, double oy, double length, boolean across,
                             Theme theme) {
        double p0 = axis.position(axis.lo());
        double p1 = axis.position(axis.hi());
        double[] ticks = Ticks.ticks(p0, p1, across ? 7 : 6);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        for (double p : ticks) {
            double value = axis.log() ? Math.pow(10, p) : p;
            String text = axis.log() ? String.format(Locale.ROOT, "%.3g", value) : Ticks.format(p, step);
            if (across) {
                double px = pixel(axis, value, ox, length);
                items.add(new LineSegment(px, oy, px, oy + 5, theme.axis(), 1, "tick"));
                items.add(new TextLabel(px, oy + 8, text, 11, false, TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP,
                        theme.text(), 0, "tick-label"));
            } else {
                double py = oy - pixel(axis, value, 0, length);
                items.add(new LineSegment(ox - 5, py, ox, py, theme.axis(), 1, "tick"));
                items.add(new TextLabel(ox - 8, py, text, 11, false, TextLabel.HAlign.RIGHT, TextLabel.VAlign.CENTER,
                        theme.text(), 0, "tick-label"));
            }
        }
        String name = axis.key() + (axis.log() ? " (log scale)" : "");
        if (across) {
            items.add(new TextLabel(ox + length / 2, oy + 30, name, 12.5, false, TextLabel.HAlign.CENTER,
                    TextLabel.VAlign.TOP, theme.text(), 0, "axis-title"));
        } else {
            items.add(new TextLabel(8, oy - length - 14, name, 12.5, false, TextLabel.HAlign.LEFT,
                    TextLabel.VAlign.CENTER, theme.text(), 0, "axis-title"));
        }
    }

    /** A vertical viridis bar labelled with the lowest and highest log loss, and a swatch for diverged. */
    private static void colorBar(List<Item> items, double lo, double hi, double x, double y, double h, Theme theme) {
        int steps = 64;
        int[] bar = new int[steps];
        for (int k = 0; k < steps; k++) {
            bar[k] = ColorMap.viridis(1 - (k + 0.5) / steps);
        }
        double barHeight = h - 40;
        items.add(new RasterImage(x, y, 16, barHeight, 1, steps, bar));
        items.add(new RectShape(x, y, 16, barHeight, Argb.NONE, theme.axis(), 1, 0, "colour-bar"));
        items.add(new TextLabel(x + 22, y, String.format(Locale.ROOT, "1e%.1f", hi), 11, false, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, theme.text(), 0, "bar-label"));
        items.add(new TextLabel(x + 22, y + barHeight, String.format(Locale.ROOT, "1e%.1f", lo), 11, false,
                TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, theme.text(), 0, "bar-label"));
        items.add(new TextLabel(x, y - 14, "f − f_min, log", 11, false, TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER,
                theme.text(), 0, "bar-title"));
        items.add(new RectShape(x, y + h - 16, 16, 16, DIVERGED, theme.axis(), 1, 0, "diverged-swatch"));
        items.add(new TextLabel(x + 22, y + h - 8, "diverged", 11, false, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, theme.text(), 0, "bar-label"));
    }
}
