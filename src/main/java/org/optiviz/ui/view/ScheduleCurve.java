package org.optiviz.ui.view;

import javafx.beans.value.ChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * A small plot of the selected run's learning-rate schedule, lrₜ/lr against the step, over a span long enough to
 * show the warm-up and the decay, with a dot at the current step. Drawn in the run's colour over the panel's own
 * background, so it suits both themes.
 */
final class ScheduleCurve extends Pane {
    private static final double HEIGHT = 56;
    private static final int SAMPLES = 160;
    private static final Color AXIS = Color.gray(0.55);
    private final Canvas canvas = new Canvas();
    private final MainViewModel model;
    private OptimizerEntry shown;
    private final ChangeListener<Object> redraw = (obs, old, now) -> draw();

    ScheduleCurve(MainViewModel model, I18n i18n) {
        this.model = model;
        setId("scheduleCurve");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        getChildren().add(canvas);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("params.schedule.tooltip"));
        Tooltip.install(this, tip);
        widthProperty().addListener(redraw);
        model.stepProperty().addListener(redraw);
    }

    /** Follows this run's settings and colour from now on. */
    void show(OptimizerEntry entry) {
        if (shown != null) {
            shown.paramsProperty().removeListener(redraw);
            shown.colorProperty().removeListener(redraw);
        }
        shown = entry;
        entry.paramsProperty().addListener(redraw);
        entry.colorProperty().addListener(redraw);
        draw();
    }

    /** Whether these settings change lr over the run (a warm-up or a decay). */
    static boolean inUse(Hyperparams params) {
        return params.get("warmup") > 0 || params.get("decay") != 0;
    }

    /** Steps shown: twice the longer of warm-up and decay period (the warm-up alone without decay), at least 10. */
    static long span(Hyperparams params) {
        boolean decays = params.get("decay") != 0;
        return Math.max(10, 2 * (long) Math.max(params.get("warmup"), decays ? params.get("decay_steps") : 0));
    }

    private void draw() {
        double w = getWidth();
        canvas.setWidth(w);
        canvas.setHeight(HEIGHT);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, HEIGHT);
        if (shown == null || w < 40) {
            return;
        }
        OptimizerKind kind = shown.kind();
        Hyperparams params = shown.getParams();
        double lr = kind.lrIndex() < 0 ? 0 : params.get(kind.lrIndex());
        if (!(lr > 0)) {
            return;
        }
        long span = span(params);
        double left = 4;
        double right = w - 4;
        double top = 4;
        double bottom = HEIGHT - 14;
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setFill(AXIS);
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("1", left, bottom + 1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Long.toString(span), right, bottom + 1);
        g.setStroke(OptiVizColors.fx(shown.getColor()));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i <= SAMPLES; i++) {
            long t = 1 + Math.round((span - 1) * (double) i / SAMPLES);
            double x = left + (right - left) * (t - 1) / (span - 1);
            double y = bottom - (bottom - top) * kind.lrAt(params, t) / lr;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        long now = model.getStep();
        if (now >= 1 && now <= span) {
            double x = left + (right - left) * (now - 1) / (span - 1);
            double y = bottom - (bottom - top) * kind.lrAt(params, now) / lr;
            g.setFill(OptiVizColors.fx(shown.getColor()));
            g.fillOval(x - 3.5, y - 3.5, 7, 7);
        }
    }
}
