package org.optiviz.ui.view;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import org.optiviz.plot.Theme;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.fx.FxCanvasRenderer;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/**
 * Loss against step for every visible optimizer, in their colours: the plot package's loss chart drawn through the
 * Canvas back end, the same drawing the exports write.
 */
final class LossChart extends Pane {
    private final MainViewModel model;
    private final I18n i18n;
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private Theme theme = Theme.LIGHT;
    private double scale = 1;
    private Drawing drawn;

    LossChart(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("lossChart");
        getChildren().add(canvas);
        sizeFor(1);
        model.redraws().pathsVersionProperty().addListener((obs, old, now) -> dirty = true);
        // Full-batch losses of a minibatch race arrive from the background: the curves fill in.
        model.fullLosses.versionProperty().addListener((obs, old, now) -> dirty = true);
        i18n.localeProperty().addListener((obs, old, now) -> dirty = true);
        widthProperty().addListener((obs, old, now) -> dirty = true);
        heightProperty().addListener((obs, old, now) -> dirty = true);
    }

    /** Text size relative to normal (larger in presentation mode). */
    void setScale(double newScale) {
        scale = newScale;
        sizeFor(newScale);
        dirty = true;
    }

    /**
     * Heights that grow with the text: where the column is taller than the window the chart gets its minimum, and
     * at presentation mode's larger text a fixed 120 px left no room for the curves between the titles and ticks.
     */
    private void sizeFor(double textScale) {
        setMinHeight(150 * textScale);
        setPrefHeight(200 * textScale);
        setMaxHeight(420 * textScale);
    }

    /** Light or dark, as the plot. */
    void setDark(boolean on) {
        theme = on ? Theme.DARK : Theme.LIGHT;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /**
     * Draws if anything changed since the last time and the chart can be seen; called once per frame at most. A
     * hidden chart (presentation mode with its column closed) waits, still dirty, until it is shown.
     */
    void drawIfDirty() {
        if (!dirty || !shown()) {
            return;
        }
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() < 16 || canvas.getHeight() < 16) {
            drawn = null;
            return;
        }
        drawn = org.optiviz.plot.chart.LossChart.compose(LossChartRequests.of(model, i18n, theme, scale,
                canvas.getWidth(), canvas.getHeight()));
        // Unclipped: the chart keeps its curves inside the frame, and a clip would slow every stroke.
        drawn.accept(new FxCanvasRenderer(g));
    }

    private boolean shown() {
        if (getScene() == null) {
            return false;
        }
        for (Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The chart as last drawn, or null before. */
    Drawing drawn() {
        return drawn;
    }
}
