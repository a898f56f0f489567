package org.optiviz.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.inspect.StepVectors;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * The arrows of each run's latest step ({@link VectorOverlay}), arriving at its current point: the step taken ends
 * there and the momentum-like part starts where the step starts. For heavy-ball momentum and NAG, whose step is
 * the carried momentum plus −lrₜ·g, −lrₜ·g follows on from the momentum's tip (NAG's look-ahead point), closing the
 * triangle; for other methods it starts where the step starts. An adaptive
 * method's effective step size per axis is a box around the current point. All arrows of a plot share one factor,
 * chosen so that the longest is {@link VectorOverlay#LONGEST_FRACTION} of the plot area's shorter side, and a key
 * strip in the top-left corner names the colours and states that factor.
 */
public final class VectorLayer {
    static final int GRADIENT = Argb.rgb(0xd32f2f);
    static final int MOMENTUM = Argb.rgb(0x1565c0);
    static final int STEP = Argb.rgb(0x111111);
    static final int BOX = Argb.rgb(0x8e24aa);
    private static final int HALO = Argb.rgb(0xffffff);
    private static final MathContext FACTOR_DIGITS = new MathContext(3);

    private VectorLayer() {
    }

    /**
     * The factor that maps plane lengths to drawn ones: the longest shown arrow (or box side) then spans the set
     * fraction of the area's shorter side. NaN when nothing has length.
     */
    public static double factor(VectorOverlay overlay, ViewTransform t) {
        double longest = 0;
        for (VectorOverlay.RunVectors run : overlay.runs()) {
            StepVectors v = run.vectors();
            if (overlay.gradient()) {
                longest = Math.max(longest, pixels(t, v.gradientStep()));
            }
            if (overlay.momentum() && v.momentum() != null) {
                longest = Math.max(longest, pixels(t, v.momentum()));
            }
            if (overlay.step()) {
                longest = Math.max(longest, pixels(t, v.step()));
            }
        }
        PixelRect a = t.area();
        double target = VectorOverlay.LONGEST_FRACTION * Math.min(a.width(), a.height());
        return longest > 0 && Double.isFinite(longest) ? target / longest : Double.NaN;
    }

    /** The arrows and marks of every run in the request's overlay, then the key strip; empty without one. */
    static List<Item> build(PlotRequest r, ViewTransform t, PlotMetrics layout) {
        VectorOverlay overlay = r.vectors();
        List<Item> items = new ArrayList<>();
        if (overlay == null || !overlay.anyOn() || overlay.runs().isEmpty()) {
            return items;
        }
        double k = factor(overlay, t);
        if (Double.isNaN(k)) {
            return items;
        }
        double s = layout.s;
        for (VectorOverlay.RunVectors run : overlay.runs()) {
            StepVectors v = run.vectors();
            // The step's triangle scaled about the current point: the step arrow ends there, whatever the factor.
            Point origin = scaled(v.to(), v.step(), -k);
            if (overlay.effectiveStep() && v.effectiveStep() != null) {
                box(v, t, k, s, items);
            }
            if (overlay.step()) {
                arrow(t, origin, v.step(), k, 3.4 * s, STEP, "vector-step", items);
            }
            if (overlay.momentum() && v.momentum() != null) {
                arrow(t, origin, v.momentum(), k, 2.4 * s, MOMENTUM, "vector-momentum", items);
            }
            // Where the two parts add up to the step (heavy ball, NAG), −lr·g follows on from the momentum's tip.
            Point gradientOrigin = v.partsAddUp() ? scaled(origin, v.momentum(), k) : origin;
            if (overlay.gradient()) {
                arrow(t, gradientOrigin, v.gradientStep(), k, 2.0 * s, GRADIENT, "vector-gradient", items);
            }
            if (overlay.lookAhead() && v.lookAhead() != null) {
                items.add(new Marker(MarkerShape.DIAMOND, t.toPixelX(gradientOrigin.x()),
                        t.toPixelY(gradientOrigin.y()), 11 * s, MOMENTUM, HALO, 1.5 * s, "vector-lookahead"));
            }
        }
        key(overlay, k, t, layout, r.options().theme(), items);
        return items;
    }

    /** The factor as the key states it: three significant digits. */
    public static String factorText(double k) {
        BigDecimal rounded = new BigDecimal(k).round(FACTOR_DIGITS).stripTrailingZeros();
        return k >= 1e-3 && k < 1e6 ? rounded.toPlainString() : rounded.toString();
    }

    /** Where the key strip goes (x, y, width, height in pixels), so the legend can keep clear of it. */
    static double[] keyBox(VectorOverlay overlay, ViewTransform t, PlotMetrics layout) {
        return keyPlaces(overlay, t, layout, "0.000e-00").box;
    }

    /** The key's entries placed in rows within the plot area's width, and the box around them. */
    private record KeyPlaces(double[] box, double[] xs, double[] ys) {
    }

    /**
     * Entries left to right, wrapping to another row where the next would pass the plot area's right edge; the
     * factor's text comes last, reserved as wide as {@code widestFactor} so the box does not twitch as it changes.
     */
    private static KeyPlaces keyPlaces(VectorOverlay overlay, ViewTransform t, PlotMetrics layout,
                                       String widestFactor) {
        List<String[]> entries = entries(overlay);
        double font = layout.tickFont;
        double s = layout.s;
        PixelRect a = t.area();
        double left = a.x() + 8 * s;
        double maxRight = a.right() - 8 * s;
        double rowHeight = font * 1.9;
        double pad = 8 * s;
        double[] xs = new double[entries.size() + 1];
        double[] ys = new double[entries.size() + 1];
        double x = left + pad;
        int row = 0;
        double widest = 0;
        for (int i = 0; i <= entries.size(); i++) {
            double w = i < entries.size()
                    ? 26 * s + TextMetrics.width(entries.get(i)[1], font, false) + 10 * s
                    : TextMetrics.width(overlay.words().scale().replace("{0}", widestFactor), font, true) + pad;
            if (x + w > maxRight && x > left + pad) {
                row++;
                x = left + pad;
            }
            xs[i] = x;
            ys[i] = a.y() + 8 * s + row * rowHeight + rowHeight / 2;
            x += w;
            widest = Math.max(widest, x - left);
        }
        double[] box = {left, a.y() + 8 * s, Math.min(widest, maxRight - left), (row + 1) * rowHeight};
        return new KeyPlaces(box, xs, ys);
    }

    private static List<String[]> entries(VectorOverlay o) {
        List<String[]> entries = new ArrayList<>();
        VectorOverlay.Words w = o.words();
        boolean anyMomentum = o.runs().stream().anyMatch(r -> r.vectors().momentum() != null);
        boolean anyLookAhead = o.runs().stream().anyMatch(r -> r.vectors().lookAhead() != null);
        boolean anyBox = o.runs().stream().anyMatch(r -> r.vectors().effectiveStep() != null);
        if (o.gradient()) {
            entries.add(new String[] {"gradient", w.gradient()});
        }
        if (o.momentum() && anyMomentum) {
            entries.add(new String[] {"momentum", w.momentum()});
        }
        if (o.step()) {
            entries.add(new String[] {"step", w.step()});
        }
        if (o.lookAhead() && anyLookAhead) {
            entries.add(new String[] {"lookahead", w.lookAhead()});
        }
        if (o.effectiveStep() && anyBox) {
            entries.add(new String[] {"box", w.effectiveStep()});
        }
        return entries;
    }

    private static void key(VectorOverlay overlay, double k, ViewTransform t, PlotMetrics layout, Theme theme,
                            List<Item> items) {
        KeyPlaces places = keyPlaces(overlay, t, layout, "0.000e-00");
        double[] box = places.box();
        double s = layout.s;
        double font = layout.tickFont;
        items.add(new RectShape(box[0], box[1], box[2], box[3], theme.legendFill(), theme.legendBorder(), s, 4 * s,
                "vector-key"));
        List<String[]> entries = entries(overlay);
        for (int i = 0; i < entries.size(); i++) {
            String[] e = entries.get(i);
            double x = places.xs()[i];
            double cy = places.ys()[i];
            switch (e[0]) {
                case "gradient" -> swatchArrow(x, cy, 20 * s, 2.0 * s, GRADIENT, items);
                case "momentum" -> swatchArrow(x, cy, 20 * s, 2.4 * s, MOMENTUM, items);
                case "step" -> swatchArrow(x, cy, 20 * s, 3.4 * s, STEP, items);
                case "lookahead" -> items.add(new Marker(MarkerShape.DIAMOND, x + 10 * s, cy, 10 * s, MOMENTUM, HALO,
                        1.5 * s, "vector-key-swatch"));
                default -> items.add(new RectShape(x + 2 * s, cy - 6 * s, 18 * s, 12 * s, Argb.withAlpha(0x8e24aa,
                        0.12), BOX, 1.5 * s, 0, "vector-key-swatch"));
            }
            items.add(new TextLabel(x + 26 * s, cy, e[1], font, false, TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER,
                    theme.text(), Argb.NONE, "vector-key-label"));
        }
        int last = entries.size();
        items.add(new TextLabel(places.xs()[last], places.ys()[last],
                overlay.words().scale().replace("{0}", factorText(k)), font, true, TextLabel.HAlign.LEFT,
                TextLabel.VAlign.CENTER, theme.text(), Argb.NONE, "vector-scale"));
    }

    private static void swatchArrow(double x, double cy, double length, double width, int argb, List<Item> items) {
        double grow = 1.2;
        items.add(ArrowShape.of(x, cy, x + length, cy, width + 2 * grow, grow, HALO, "vector-key-swatch"));
        items.add(ArrowShape.of(x, cy, x + length, cy, width, 0, argb, "vector-key-swatch"));
    }

    private static void arrow(ViewTransform t, Point origin, double[] vector, double k, double width, int argb,
                              String role, List<Item> items) {
        Point tip = scaled(origin, vector, k);
        double x0 = t.toPixelX(origin.x());
        double y0 = t.toPixelY(origin.y());
        double x1 = t.toPixelX(tip.x());
        double y1 = t.toPixelY(tip.y());
        double grow = 1.2;
        FilledPath halo = ArrowShape.of(x0, y0, x1, y1, width + 2 * grow, grow, HALO, role + "-halo");
        FilledPath body = ArrowShape.of(x0, y0, x1, y1, width, 0, argb, role);
        if (halo != null && body != null) {
            items.add(halo);
            items.add(body);
        }
    }

    /**
     * An axis-aligned box centred on the current point reaching, along each axis, as far as a gradient of this
     * step's size would move with that axis's effective step size (|g|·lr/(√ŝ + ε) for Adam): where plain
     * gradient descent's box would be a square that −lr·g just reaches, an adaptive method's is stretched along
     * the axis it steps further on. Drawn at the arrows' factor, kept within the plot area.
     */
    private static void box(StepVectors v, ViewTransform t, double k, double s, List<Item> items) {
        double size = Math.hypot(v.gradient()[0], v.gradient()[1]);
        PixelRect a = t.area();
        double hx = Math.min(a.width(), Math.abs(v.effectiveStep()[0]) * size * k * Math.abs(t.scaleX()));
        double hy = Math.min(a.height(), Math.abs(v.effectiveStep()[1]) * size * k * Math.abs(t.scaleY()));
        if (!(Double.isFinite(hx) && Double.isFinite(hy))) {
            return;
        }
        double cx = t.toPixelX(v.to().x());
        double cy = t.toPixelY(v.to().y());
        items.add(new RectShape(cx - hx, cy - hy, 2 * hx, 2 * hy, Argb.withAlpha(0x8e24aa, 0.12), BOX, 1.5 * s, 0,
                "vector-box"));
    }

    private static Point scaled(Point origin, double[] vector, double k) {
        return new Point(origin.x() + k * vector[0], origin.y() + k * vector[1]);
    }

    private static double pixels(ViewTransform t, double[] vector) {
        return Math.hypot(vector[0] * t.scaleX(), vector[1] * t.scaleY());
    }
}
