package org.optiviz.plot.surface3d;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.Theme;
import org.optiviz.plot.Ticks;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * What frames the 3D view, as in mplot3d: the three panes behind the surface, tick labels along the floor's front
 * edges (x and y) and up a side edge (f, at the heat map's levels, so a log scale shows as 1, 10, 100), the title
 * line and the legend.
 */
final class BoxFrame {
    /** How far outside the box (box units) tick labels and axis names stand. */
    private static final double TICK_OUT = 0.08;
    private static final double NAME_OUT = 0.2;

    private BoxFrame() {
    }

    /** The floor (or the ceiling, seen from below) and the two walls farther from the eye, as 4-corner polygons. */
    static List<double[]> backPanes(Projection p) {
        double[] w = p.towardsEye();
        double hx = p.halfX();
        double hy = p.halfY();
        double hz = p.halfZ();
        double x = w[0] < 0 ? hx : -hx;
        double y = w[1] < 0 ? hy : -hy;
        double z = w[2] >= 0 ? -hz : hz;
        List<double[]> panes = new ArrayList<>();
        panes.add(quad(p, new double[][] {{-hx, -hy, z}, {hx, -hy, z}, {hx, hy, z}, {-hx, hy, z}}));
        panes.add(quad(p, new double[][] {{x, -hy, -hz}, {x, hy, -hz}, {x, hy, hz}, {x, -hy, hz}}));
        panes.add(quad(p, new double[][] {{-hx, y, -hz}, {hx, y, -hz}, {hx, y, hz}, {-hx, y, hz}}));
        return panes;
    }

    private static double[] quad(Projection p, double[][] corners) {
        double[] xy = new double[8];
        for (int c = 0; c < 4; c++) {
            xy[2 * c] = p.screenX(corners[c][0], corners[c][1]);
            xy[2 * c + 1] = p.screenY(corners[c][0], corners[c][1], corners[c][2]);
        }
        return xy;
    }

    /** The page colour outside the area, over anything the layers below let stick out. */
    static void margins(PlotRequest r, PixelRect a, List<Item> items) {
        int page = r.options().theme().background();
        double w = r.width();
        double h = r.height();
        items.add(RectShape.filled(0, 0, w, a.y(), page, "margin"));
        items.add(RectShape.filled(0, a.bottom(), w, h - a.bottom(), page, "margin"));
        items.add(RectShape.filled(0, a.y(), a.x(), a.height(), page, "margin"));
        items.add(RectShape.filled(a.right(), a.y(), w - a.right(), a.height(), page, "margin"));
    }

    /** The surface's name (or the cell's title) in bold, then its formula where it fits whole. */
    static void title(PlotRequest r, PixelRect a, Sizes sizes, List<Item> items) {
        PlotOptions o = r.options();
        if (o.title().isEmpty() && !o.showFormula()) {
            return;
        }
        String name = o.title().isEmpty() ? r.field().name() : o.title();
        double y = sizes.titleLineHeight() / 2;
        int color = o.theme().text();
        items.add(new TextLabel(a.x(), y, name, sizes.titleFont, true, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, color, Argb.NONE, "title"));
        String formula = r.field().formula();
        if (o.showFormula() && !formula.isEmpty()) {
            double x = a.x() + TextMetrics.width(name, sizes.titleFont, true) + 2.5 * sizes.titleFont;
            if (x + TextMetrics.width(formula, sizes.labelFont, false) <= r.width() - 4 * sizes.s) {
                items.add(new TextLabel(x, y, formula, sizes.labelFont, false, TextLabel.HAlign.LEFT,
                        TextLabel.VAlign.CENTER, color, Argb.NONE, "formula"));
            }
        }
    }

    /** Tick labels and names of x and y along the floor's nearer edges and of f up a side edge. */
    static void axisLabels(PlotRequest r, Projection p, HeightField field, Sizes sizes, List<Item> items) {
        if (!r.options().showAxes()) {
            return;
        }
        Theme theme = r.options().theme();
        double[] w = p.towardsEye();
        double hx = p.halfX();
        double hy = p.halfY();
        double hz = p.halfZ();
        double floor = w[2] >= 0 ? -hz : hz;
        ViewBox v = r.view();
        double frontY = w[1] >= 0 ? hy : -hy;
        double frontX = w[0] >= 0 ? hx : -hx;
        double outY = Math.signum(frontY);
        double outX = Math.signum(frontX);
        // x along the edge at the front y, labels a little outside it.
        edge(p, sizes, theme, items, v.xMin(), v.xMax(), "x",
                value -> new double[] {p.boxX(value), frontY + outY * TICK_OUT, floor},
                new double[] {0, frontY + outY * NAME_OUT, floor},
                new double[] {-hx, frontY, floor}, new double[] {hx, frontY, floor});
        edge(p, sizes, theme, items, v.yMin(), v.yMax(), "y",
                value -> new double[] {frontX + outX * TICK_OUT, p.boxY(value), floor},
                new double[] {frontX + outX * NAME_OUT, 0, floor},
                new double[] {frontX, -hy, floor}, new double[] {frontX, hy, floor});
        heightLabels(r, p, field, sizes, theme, items);
    }

    private interface BoxPoint {
        double[] at(double value);
    }

    private static void edge(Projection p, Sizes sizes, Theme theme, List<Item> items, double min, double max,
                             String name, BoxPoint tick, double[] namePoint, double[] from, double[] to) {
        double length = Math.hypot(p.screenX(to[0], to[1]) - p.screenX(from[0], from[1]),
                p.screenY(to[0], to[1], to[2]) - p.screenY(from[0], from[1], from[2]));
        int target = (int) Math.min(6, length / (70 * sizes.s));
        if (target < 2) {
            // Seen end-on, the edge has no room for labels.
            return;
        }
        double[] ticks = Ticks.ticks(min, max, target);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : max - min;
        for (double value : ticks) {
            double[] b = tick.at(value);
            items.add(text(p, b, Ticks.format(value, step), sizes.tickFont, false, theme, "tick-label"));
        }
        items.add(text(p, namePoint, name, sizes.labelFont, false, theme, "axis-label"));
    }

    /**
     * Labels of f up the vertical edge at the floor corner farthest left on screen (or farthest right when that
     * one is nearest the eye and would stand in front of the surface), at the heat map's levels.
     */
    private static void heightLabels(PlotRequest r, Projection p, HeightField field, Sizes sizes, Theme theme,
                                     List<Item> items) {
        double hx = p.halfX();
        double hy = p.halfY();
        double hz = p.halfZ();
        double[][] corners = {{-hx, -hy}, {hx, -hy}, {hx, hy}, {-hx, hy}};
        int left = 0;
        int right = 0;
        int nearest = 0;
        for (int c = 1; c < 4; c++) {
            if (p.screenX(corners[c][0], corners[c][1]) < p.screenX(corners[left][0], corners[left][1])) {
                left = c;
            }
            if (p.screenX(corners[c][0], corners[c][1]) > p.screenX(corners[right][0], corners[right][1])) {
                right = c;
            }
            if (p.depth(corners[c][0], corners[c][1], 0) < p.depth(corners[nearest][0], corners[nearest][1], 0)) {
                nearest = c;
            }
        }
        boolean onLeft = left != nearest;
        double[] corner = corners[onLeft ? left : right];
        double bottom = p.screenY(corner[0], corner[1], -hz);
        double top = p.screenY(corner[0], corner[1], hz);
        if (Math.abs(bottom - top) < 3 * sizes.tickFont) {
            // Seen from straight above or below, heights have no extent on screen.
            return;
        }
        double x = p.screenX(corner[0], corner[1]) + (onLeft ? -1 : 1) * 6 * sizes.s;
        TextLabel.HAlign align = onLeft ? TextLabel.HAlign.RIGHT : TextLabel.HAlign.LEFT;
        double[] levels = field.levelValues();
        // The floor's corner carries the x or y labels' end: height labels keep clear of it.
        double lastY = bottom;
        for (double value : heightTicks(levels, r.field().floor(), field.logScale())) {
            double y = p.screenY(corner[0], corner[1], p.boxZ(field.heightOf(value)));
            if (Math.abs(y - lastY) < 1.4 * sizes.tickFont) {
                continue;
            }
            lastY = y;
            items.add(new LineSegment(x - (onLeft ? -4 : 4) * sizes.s, y, x - (onLeft ? -1 : 1) * sizes.s, y,
                    theme.axis(), sizes.s, "tick"));
            items.add(new TextLabel(x, y, Ticks.format(value, step(levels, value, field.logScale())),
                    sizes.tickFont, false, align, TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "tick-label"));
        }
        items.add(new TextLabel(x, top - 1.2 * sizes.labelFont, field.logScale() ? "f (log)" : "f",
                sizes.labelFont, false, align, TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "axis-label"));
    }

    /** On a log scale the powers of ten among the levels; otherwise every level, thinned to at most six. */
    static double[] heightTicks(double[] levels, double floor, boolean log) {
        List<Double> picked = new ArrayList<>();
        if (log) {
            for (double level : levels) {
                double exponent = Math.log10(level - floor);
                if (Math.abs(exponent - Math.rint(exponent)) < 1e-9) {
                    picked.add(level);
                }
            }
        } else {
            int stride = Math.max(1, (levels.length + 5) / 6);
            for (int i = 0; i < levels.length; i += stride) {
                picked.add(levels[i]);
            }
        }
        return picked.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double step(double[] levels, double value, boolean log) {
        if (log || levels.length < 2) {
            return Math.abs(value) > 0 ? Math.abs(value) : 1;
        }
        return levels[1] - levels[0];
    }

    private static TextLabel text(Projection p, double[] b, String text, double size, boolean bold, Theme theme,
                                  String role) {
        return new TextLabel(p.screenX(b[0], b[1]), p.screenY(b[0], b[1], b[2]), text, size, bold,
                TextLabel.HAlign.CENTER, TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, role);
    }

    /**
     * One row per run (a short stroke of its line, its name) in the corner of the area that hides the fewest
     * points of the mesh, so the legend covers as little of the surface as it can.
     */
    static void legend(PlotRequest r, PixelRect a, Sizes sizes, ProjectedMesh mesh, List<Item> items) {
        PlotOptions o = r.options();
        List<RunTrace> runs = r.runs();
        if (!o.showLegend() || runs.isEmpty()) {
            return;
        }
        double s = sizes.s;
        double font = sizes.labelFont;
        double row = font * 1.5;
        double pad = 8 * s;
        double swatch = 22 * s;
        double textWidth = 0;
        for (RunTrace run : runs) {
            textWidth = Math.max(textWidth, TextMetrics.width(run.label(), font, false));
        }
        double w = pad + swatch + 6 * s + textWidth + pad;
        double h = 2 * pad + row * runs.size() - (row - font * 1.2);
        if (w + 2 * pad > a.width() || h + 2 * pad > a.height()) {
            return;
        }
        double[][] corners = {
            {a.right() - pad - w, a.y() + pad},
            {a.x() + pad, a.y() + pad},
            {a.right() - pad - w, a.bottom() - pad - h},
            {a.x() + pad, a.bottom() - pad - h}};
        double[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (double[] c : corners) {
            int hidden = mesh.verticesInside(c[0], c[1], w, h);
            if (hidden < fewest) {
                fewest = hidden;
                best = c;
            }
        }
        double x = best[0];
        double y = best[1];
        Theme theme = o.theme();
        items.add(new RectShape(x, y, w, h, theme.legendFill(), theme.legendBorder(), s, 4 * s, "legend"));
        for (int i = 0; i < runs.size(); i++) {
            RunTrace run = runs.get(i);
            double cy = y + pad + font * 0.6 + i * row;
            items.add(new LineSegment(x + pad, cy, x + pad + swatch, cy, run.argb(), sizes.path, "legend-swatch"));
            items.add(new TextLabel(x + pad + swatch + 6 * s, cy, run.label(), font, false, TextLabel.HAlign.LEFT,
                    TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "legend-label"));
        }
    }
}
