package org.optiviz.ui.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.optiviz.core.race.Trajectory;
import org.optiviz.core.surface.Surface;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * Loss against step for every visible optimizer, in their colours, on a log scale of f − f_min (a signed log scale
 * on surfaces without a minimum). Each pixel column draws the min–max of the steps it covers, so 20,000-step
 * trails cost one short line per column, not one per step.
 */
final class LossChart extends Pane {
    private static final double LEFT_MARGIN = 44;
    private static final double BOTTOM_MARGIN = 18;
    private static final double TOP = 6;
    private static final double RIGHT = 8;
    /** Below this contrast with the background (WCAG ratio) a curve is outlined. */
    private static final double MIN_CONTRAST = 1.6;
    private final MainViewModel model;
    private final I18n i18n;
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private Color axisColor = Color.gray(0.4);
    private Color background = Color.WHITE;
    private double scale = 1;
    /** The plot's left edge: wide enough for the value labels, set on each draw. */
    private double left = LEFT_MARGIN;
    private double lowLabelWidth;
    private double bottom = BOTTOM_MARGIN;

    LossChart(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("lossChart");
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(200);
        setMaxHeight(420);
        model.pathsVersionProperty().addListener((obs, old, now) -> dirty = true);
        i18n.localeProperty().addListener((obs, old, now) -> dirty = true);
        widthProperty().addListener((obs, old, now) -> dirty = true);
        heightProperty().addListener((obs, old, now) -> dirty = true);
    }

    /** Text size relative to normal (larger in presentation mode). */
    void setScale(double newScale) {
        scale = newScale;
        bottom = BOTTOM_MARGIN * newScale;
        dirty = true;
    }

    /** Text and axis colour and the background behind the chart, following the theme. */
    void setColors(Color axis, Color behind) {
        axisColor = axis;
        background = behind;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** Draws if anything changed since the last time; called once per frame at most. */
    void drawIfDirty() {
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double plotH = h - TOP - bottom;
        if (w - LEFT_MARGIN * scale - RIGHT < 20 || plotH < 20) {
            return;
        }
        Surface surface = model.getSurface();
        boolean signed = surface.minima().isEmpty();
        List<OptimizerEntry> shown = model.visibleEntries();
        long maxStep = Math.max(1, model.getStep());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // The scale is monotonic: find extremes on raw losses and transform only those (no log per point).
        for (OptimizerEntry entry : shown) {
            Trajectory t = entry.run().trajectory();
            double[] losses = t.lossArray();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < t.size(); i++) {
                min = Math.min(min, losses[i]);
                max = Math.max(max, losses[i]);
            }
            if (t.size() > 0) {
                lo = Math.min(lo, transform(min, surface.floor(), signed));
                hi = Math.max(hi, transform(max, surface.floor(), signed));
            }
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = 1;
        }
        if (!signed) {
            // Whole decades at both ends, so the two labels read 1e−8 and 1e2 rather than odd values.
            lo = Math.floor(lo);
            hi = Math.ceil(hi);
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        // Wide enough for the longer of the two value labels (−6.84e+23 on a diverging monkey saddle).
        Font font = Font.font(10 * scale);
        lowLabelWidth = textWidth(label(lo, signed), font);
        // Room for the rotated axis title beside the value labels.
        left = Math.max(LEFT_MARGIN * scale, 6 + Math.max(textWidth(label(hi, signed), font), lowLabelWidth))
                + 14 * scale;
        double plotW = w - left - RIGHT;
        if (plotW < 20) {
            return;
        }
        drawAxes(g, plotW, plotH, lo, hi, maxStep, signed);
        g.setLineWidth(1.5);
        for (OptimizerEntry entry : shown) {
            Color color = OptiVizColors.fx(entry.getColor());
            if (OptiVizColors.contrast(color, background) < MIN_CONTRAST) {
                // A colour close to the background (white AdamW on the light theme) gets an outline to stay seen.
                g.setLineWidth(3.5);
                g.setStroke(axisColor);
                drawCurve(g, entry.run().trajectory(), surface.floor(), signed, maxStep, plotW, plotH, lo, hi);
                g.setLineWidth(1.5);
            }
            g.setStroke(color);
            drawCurve(g, entry.run().trajectory(), surface.floor(), signed, maxStep, plotW, plotH, lo, hi);
        }
    }

    private void drawCurve(GraphicsContext g, Trajectory t, double floor, boolean signed, long maxStep,
                           double plotW, double plotH, double lo, double hi) {
        int n = t.size();
        if (n < 2) {
            return;
        }
        double[] losses = t.lossArray();
        int columns = (int) Math.ceil(plotW);
        g.beginPath();
        int i = 0;
        boolean first = true;
        for (int col = 0; col <= columns && i < n; col++) {
            long lastStep = (long) Math.floor((col + 1) / plotW * maxStep);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double enter = Double.NaN;
            for (; i < n && i <= lastStep; i++) {
                double v = losses[i];
                if (Double.isNaN(enter)) {
                    enter = v;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (Double.isNaN(enter)) {
                continue;
            }
            enter = transform(enter, floor, signed);
            min = transform(min, floor, signed);
            max = transform(max, floor, signed);
            double x = left + col;
            double yEnter = y(enter, plotH, lo, hi);
            if (first) {
                g.moveTo(x, yEnter);
                first = false;
            } else {
                g.lineTo(x, yEnter);
            }
            g.moveTo(x, y(min, plotH, lo, hi));
            g.lineTo(x, y(max, plotH, lo, hi));
            g.moveTo(x, yEnter);
        }
        g.stroke();
    }

    private void drawAxes(GraphicsContext g, double plotW, double plotH, double lo, double hi, long maxStep,
                          boolean signed) {
        g.setStroke(axisColor);
        g.setFill(axisColor);
        g.setLineWidth(1);
        g.strokeRect(left, TOP, plotW, plotH);
        g.setFont(Font.font(10 * scale));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : valueTicks(lo, hi, signed, plotH / (14 * scale))) {
            double y = y(v, plotH, lo, hi);
            g.strokeLine(left - 3, y, left, y);
            g.fillText(label(v, signed), left - 4, Math.max(TOP + 4, Math.min(TOP + plotH - 4, y)));
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", left, TOP + plotH + 3);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(i18n.get("chart.axis.step"), left + plotW / 2, TOP + plotH + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Long.toString(maxStep), left + plotW, TOP + plotH + 3);
        // The value axis's title, turned to run up beside its labels.
        g.save();
        g.translate(2, TOP + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(i18n.get(signed ? "chart.axis.signed" : "chart.axis.log"), 0, 0);
        g.restore();
    }

    /**
     * The values to label on the value axis: both ends, and between them whole decades (log scale) or zero
     * (signed scale), no more than fit one label per line of text.
     */
    static List<Double> valueTicks(double lo, double hi, boolean signed, double room) {
        List<Double> ticks = new java.util.ArrayList<>(List.of(hi));
        int most = Math.max(2, (int) Math.floor(room));
        if (signed) {
            if (lo < 0 && hi > 0 && most >= 3) {
                ticks.add(0.0);
            }
        } else {
            long decades = Math.round(hi - lo);
            long every = Math.max(1, (long) Math.ceil(decades / (double) (most - 1)));
            for (long d = Math.round(hi) - every; d > Math.round(lo); d -= every) {
                // Not so close to the lowest label that the two would overlap.
                if (d - lo >= decades / Math.max(1, room)) {
                    ticks.add((double) d);
                }
            }
        }
        ticks.add(lo);
        return ticks;
    }

    /** Where the plot starts, after the value labels. */
    double plotLeft() {
        return left;
    }

    /** The lowest value label as last drawn, and its width in the chart's font. */
    double lowLabelWidth() {
        return lowLabelWidth;
    }

    private static double textWidth(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    private static String label(double v, boolean signed) {
        if (signed) {
            double value = Math.signum(v) * (Math.pow(10, Math.abs(v)) - 1);
            return Formats.number(value);
        }
        return ("1e" + Math.round(v)).replace('-', '−');
    }

    private double y(double v, double plotH, double lo, double hi) {
        return TOP + plotH - (v - lo) / (hi - lo) * plotH;
    }

    /** log10(f − floor), or sign(f)·log10(1 + |f|) where the surface has no minimum. */
    static double transform(double loss, double floor, boolean signed) {
        if (signed) {
            return Math.signum(loss) * Math.log10(1 + Math.abs(loss));
        }
        return Math.log10(Math.max(loss - floor, 1e-16));
    }
}
