package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;
import org.optiviz.plot.sweep.SweepColours;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepGeometry;
import org.optiviz.plot.sweep.TheoryBoundary;

/**
 * A sweep as a heat map: one cell per pair of values, coloured as {@link SweepColours} says, the boundary of the
 * diverged region drawn in white, theory's boundary (where it has one) dashed in orange over it, the current setting
 * ringed, a legend under the title saying which line is which, axes in the hyperparameters' own values and a
 * colour key. The window, PNG, SVG and {@code sweep} all draw this.
 */
public final class SweepPicture {
    static final int BOUNDARY = Argb.rgb(0xffffff);
    static final int THEORY = Argb.rgb(0xff8f00);
    private static final int HALO = Argb.rgb(0x000000);
    private static final double[] DASH = {9, 5};
    private static final int CURVE_POINTS = 200;

    private SweepPicture() {
    }

    /** The picture of a sweep field on a page of width × height in this look (theme and text scale). */
    public static Drawing draw(SweepField field, double width, double height, PlotOptions look) {
        double s = look.scale();
        Theme theme = look.theme();
        Sweep sweep = field.sweep();
        SweepGeometry g = SweepGeometry.of(sweep.x(), sweep.y(), width, height, s);
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, width, height, theme.background(), "page"));
        SweepColours colours = SweepColours.of(field);
        items.add(new RasterImage(g.left(), g.top(), g.width(), g.height(), sweep.x().n(), sweep.y().n(),
                colours.rows()));
        List<Item> lines = new ArrayList<>();
        measuredBoundary(lines, sweep, g, s);
        if (field.theory() != null) {
            theoryBoundary(lines, field.theory(), sweep, g, s);
        }
        current(lines, sweep, g, s);
        items.add(new ClipGroup(g.left(), g.top(), g.width(), g.height(), lines, "sweep-lines"));
        items.add(new RectShape(g.left(), g.top(), g.width(), g.height(), Argb.NONE, theme.axis(), 1, 0, "frame"));
        if (look.showAxes()) {
            axis(items, sweep.x(), g, true, field, s, theme);
            axis(items, sweep.y(), g, false, field, s, theme);
        }
        items.add(fitted(g.left(), 16 * s, field.title(), 15 * s, true, width - g.left() - 8, theme.text(),
                "title"));
        if (look.showLegend()) {
            legend(items, field, g, width, s, theme);
        }
        SweepKey.draw(items, colours, field.words(), g.left() + g.width() + 22 * s, g.top(), g.height(), s, theme);
        return new Drawing(width, height, items);
    }

    private static boolean diverged(Sweep sweep, int i, int j) {
        return sweep.result().status(sweep.run(i, j)) == RunStatus.DIVERGED;
    }

    /** White edges between diverged and other cells. */
    private static void measuredBoundary(List<Item> items, Sweep sweep, SweepGeometry g, double s) {
        SweepAxis x = sweep.x();
        SweepAxis y = sweep.y();
        for (int j = 0; j < y.n(); j++) {
            for (int i = 0; i < x.n(); i++) {
                boolean here = diverged(sweep, i, j);
                double left = g.columnLeft(i);
                double top = g.rowTop(j);
                if (i + 1 < x.n() && here != diverged(sweep, i + 1, j)) {
                    items.add(new LineSegment(left + g.cellWidth(), top, left + g.cellWidth(), top + g.cellHeight(),
                            BOUNDARY, 2 * s, "divergence-boundary"));
                }
                if (j + 1 < y.n() && here != diverged(sweep, i, j + 1)) {
                    items.add(new LineSegment(left, top, left + g.cellWidth(), top, BOUNDARY, 2 * s,
                            "divergence-boundary"));
                }
            }
        }
    }

    /**
     * Theory's edge: lr = limit(μ) as a curve when the other axis is the momentum, a straight line at the fixed
     * momentum's limit otherwise.
     */
    private static void theoryBoundary(List<Item> items, TheoryBoundary theory, Sweep sweep, SweepGeometry g,
                                       double s) {
        boolean lrAcross = sweep.x().key().equals("lr");
        SweepAxis other = lrAcross ? sweep.y() : sweep.x();
        boolean varies = other.key().equals("momentum");
        double[] xy = new double[2 * CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            // The other axis from its first cell's outer edge to its last's, in its own scale.
            double f = -0.5 / other.n() + (1 + 1.0 / other.n()) * k / (CURVE_POINTS - 1);
            double p0 = other.position(other.lo());
            double p1 = other.position(other.hi());
            double d = (p1 - p0) / (other.n() - 1);
            double position = p0 - d / 2 + f * other.n() * d;
            double value = other.log() ? Math.pow(10, position) : position;
            double lr = theory.lrLimit(varies ? value : theory.momentum());
            xy[2 * k] = lrAcross ? g.pixelX(lr) : g.pixelX(value);
            xy[2 * k + 1] = lrAcross ? g.pixelY(value) : g.pixelY(lr);
        }
        items.add(new Polyline(xy, CURVE_POINTS, THEORY, 2.5 * s, HALO, 4.5 * s, "theory-boundary", "",
                new double[] {DASH[0] * s, DASH[1] * s}));
    }

    /** The optimizer's current setting, ringed. */
    private static void current(List<Item> items, Sweep sweep, SweepGeometry g, double s) {
        double cx = g.pixelX(sweep.base().get(sweep.x().key()));
        double cy = g.pixelY(sweep.base().get(sweep.y().key()));
        if (Double.isFinite(cx) && Double.isFinite(cy)) {
            items.add(new Marker(MarkerShape.CIRCLE, cx, cy, 14 * s, Argb.NONE, Argb.rgb(0xffffff), 2.5 * s,
                    "current"));
            items.add(new Marker(MarkerShape.CIRCLE, cx, cy, 18 * s, Argb.NONE, Argb.rgb(0xd93025), 1.5 * s,
                    "current"));
        }
    }

    private static void axis(List<Item> items, SweepAxis axis, SweepGeometry g, boolean across, SweepField field,
                             double s, Theme theme) {
        double p0 = axis.position(axis.lo());
        double p1 = axis.position(axis.hi());
        double length = across ? g.width() : g.height();
        double[] ticks = Ticks.ticks(p0, p1, Math.max(2, Math.min(across ? 7 : 6, (int) (length / (60 * s)))));
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        double bottom = g.top() + g.height();
        for (double p : ticks) {
            double value = axis.log() ? Math.pow(10, p) : p;
            String text = axis.log() ? String.format(Locale.ROOT, "%.3g", value) : Ticks.format(p, step);
            if (across) {
                double px = g.pixelX(value);
                items.add(new LineSegment(px, bottom, px, bottom + 5 * s, theme.axis(), 1, "tick"));
                items.add(new TextLabel(px, bottom + 8 * s, text, 11 * s, false, TextLabel.HAlign.CENTER,
                        TextLabel.VAlign.TOP, theme.text(), 0, "tick-label"));
            } else {
                double py = g.pixelY(value);
                items.add(new LineSegment(g.left() - 5 * s, py, g.left(), py, theme.axis(), 1, "tick"));
                items.add(new TextLabel(g.left() - 8 * s, py, text, 11 * s, false, TextLabel.HAlign.RIGHT,
                        TextLabel.VAlign.CENTER, theme.text(), 0, "tick-label"));
            }
        }
        String name = axis.key() + (axis.log() ? " " + field.words().logScale() : "");
        if (across) {
            items.add(new TextLabel(g.left() + g.width() / 2, bottom + 30 * s, name, 12.5 * s, false,
                    TextLabel.HAlign.CENTER, TextLabel.VAlign.TOP, theme.text(), 0, "axis-title"));
        } else {
            items.add(new TextLabel(8 * s, g.top() - 3 * s, name, 12.5 * s, false, TextLabel.HAlign.LEFT,
                    TextLabel.VAlign.BOTTOM, theme.text(), 0, "axis-title"));
        }
    }

    /** Which line is which: the measured edge, and theory's with its formula and where it holds. */
    private static void legend(List<Item> items, SweepField field, SweepGeometry g, double width, double s,
                               Theme theme) {
        double x = g.left();
        double room = width - x - 40 * s;
        double y = 34 * s;
        items.add(RectShape.filled(x, y - 6 * s, 28 * s, 12 * s, SweepColours.DIVERGED, "legend-swatch"));
        items.add(new LineSegment(x + 14 * s, y - 6 * s, x + 14 * s, y + 6 * s, BOUNDARY, 2 * s, "legend-measured"));
        items.add(fitted(x + 36 * s, y, field.words().measured(), 11.5 * s, false, room, theme.text(),
                "legend-label"));
        if (field.theory() != null) {
            y += 16 * s;
            items.add(new Polyline(new double[] {x, y, x + 28 * s, y}, 2, THEORY, 2.5 * s, HALO, 4.5 * s,
                    "legend-theory", "", new double[] {DASH[0] * s, DASH[1] * s}));
            items.add(fitted(x + 36 * s, y, field.theory().label(field.words()), 11.5 * s, false, room,
                    theme.text(), "legend-label"));
        }
    }

    /** A left-aligned label, its font made smaller (to 70 %) when the text is wider than the room. */
    static TextLabel fitted(double x, double y, String text, double size, boolean bold, double room, int argb,
                            String role) {
        double w = TextMetrics.width(text, size, bold);
        double fit = w > room && room > 0 ? Math.max(size * 0.7, size * room / w) : size;
        return new TextLabel(x, y, text, fit, bold, TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, argb, 0, role);
    }
}
