package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.Field;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.VectorOverlay;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.Theme;
import javafx.application.Platform;
import org.optiviz.plot.MapField;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.ui.model.ConvergenceMaps;
import org.optiviz.ui.model.SweepHeatmap;
import org.optiviz.plot.view.PlotScene;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.ArrowSettings;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The plot region: the plots that the model's layout's view places on it (one overlay plot of every visible
 * optimizer, or a grid of small plots), all on the model's single view, so zoom and pan in one move all. Every
 * export draws the same placement from {@link #plots}.
 */
public final class PlotArea extends Pane {
    private final MainViewModel model;
    private final I18n i18n;
    private final StatusBar statusBar;
    private final List<PlotCell> cells = new ArrayList<>();
    private List<PlacedPlot> placed = List.of();
    private double scale = 1;
    private Theme theme = Theme.LIGHT;
    private boolean legendInside = true;
    private final ConvergenceMaps maps;
    private final SweepHeatmap sweep;
    private ArrowSettings arrows;

    PlotArea(MainViewModel model, I18n i18n, StatusBar statusBar) {
        this.model = model;
        this.i18n = i18n;
        this.statusBar = statusBar;
        this.maps = new ConvergenceMaps(model, new MapField.Words(i18n.get("map.diverged"),
                i18n.get("map.notSettled"), i18n.get("map.paler")), Platform::runLater);
        this.sweep = new SweepHeatmap(model, () -> SweepWordsOf.of(i18n), surface -> ControlsPanel.surfaceName(i18n, surface),
                SweepWordsOf.worker(), Platform::runLater);
        i18n.localeProperty().addListener((obs, old, now) -> sweep.refresh());
        setId("plotArea");
        getStyleClass().add("plot-area");
        setMinSize(120, 120);
        setTheme(Theme.LIGHT);
        // A press on the plot takes the focus from a text field (committing it), so Space and R work again.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    }

    /** Line and text size: 1, or larger in presentation mode. */
    void setScale(double newScale) {
        scale = newScale;
    }

    /** Whether the overlay plot draws its legend (presentation mode shows it in a strip below instead). */
    void setLegendInside(boolean on) {
        legendInside = on;
    }

    void setDark(boolean on) {
        setTheme(on ? Theme.DARK : Theme.LIGHT);
    }

    private void setTheme(Theme newTheme) {
        theme = newTheme;
        // The page colour shows between grid cells, as in an export.
        setBackground(new Background(new BackgroundFill(OptiVizColors.fx(theme.background()), null, null)));
    }

    /** The plots currently shown: one in overlay layout, one per visible optimizer side by side. */
    public List<PlotCell> cells() {
        return List.copyOf(cells);
    }

    boolean hasDrawn() {
        return !cells.isEmpty() && cells.get(0).hasDrawn();
    }

    /** Called once per frame: places the plots as the layout's view says and redraws what changed. */
    void drawIfDirty() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w < 16 || h < 16) {
            return;
        }
        placed = plots(w, h, look());
        while (cells.size() > placed.size()) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < placed.size()) {
            PlotCell[] self = new PlotCell[1];
            PlotCell cell = new PlotCell(model, world -> MapCursor.show(self[0], world, i18n, statusBar,
                    this::showCursor));
            self[0] = cell;
            SweepPointer.attach(cell, sweep, i18n, statusBar);
            cell.setId("plotCell-" + cells.size());
            cells.add(cell);
        }
        if (!getChildren().equals(cells)) {
            getChildren().setAll(cells);
        }
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).show(placed.get(i));
        }
    }

    @Override
    protected void layoutChildren() {
        // Cells are placed by the view on each frame (drawIfDirty), not by the pane.
    }

    /**
     * The plots of the model's race as its layout's view places them on a page of this size, drawn in the window's
     * order (the list's, the selected optimizer on top). The paths share the live runs' arrays: use on the FX
     * thread, or copy them.
     */
    public List<PlacedPlot> plots(double width, double height, PlotOptions look) {
        List<PlacedPlot> plots = model.getLayout().view().plots(scene(), width, height, look);
        VectorOverlay overlay = arrows == null ? null : arrows.overlay(model.visibleEntries(), arrowWords());
        if (overlay == null) {
            return plots;
        }
        List<PlacedPlot> withArrows = new ArrayList<>();
        for (PlacedPlot plot : plots) {
            withArrows.add(new PlacedPlot(plot.x(), plot.y(), plot.request().withVectors(overlay)));
        }
        return withArrows;
    }

    /** Which arrows of the latest steps to draw over the paths. */
    void setArrows(ArrowSettings settings) {
        arrows = settings;
    }

    private VectorOverlay.Words arrowWords() {
        return new VectorOverlay.Words(i18n.get("arrows.key.gradient"), i18n.get("arrows.key.momentum"),
                i18n.get("arrows.key.step"), i18n.get("arrows.key.lookahead"), i18n.get("arrows.key.box"),
                i18n.get("arrows.key.scale"));
    }

    /** The plot area's own size and look. */
    public List<PlacedPlot> plots() {
        return plots(Math.floor(getWidth()), Math.floor(getHeight()), look());
    }

    /** The selected optimizer's sweep, computed while the sweep layout is shown. */
    public SweepHeatmap sweepHeatmap() {
        return sweep;
    }

    /** The page colour between plots. */
    public int pageColor() {
        return theme.background();
    }

    private PlotScene scene() {
        List<RunTrace> runs = new ArrayList<>();
        for (OptimizerEntry entry : model.visibleEntries()) {
            runs.add(RunTrace.of(entry.run(), entry.key(), entry.displayName(), entry.getColor()));
        }
        OptimizerEntry selected = model.getSelected();
        Field field = model.getLayout() == Layout.MAP && maps.getMaps() != null ? maps.getMaps()
                : model.getLayout() == Layout.SWEEP && sweep.getField() != null ? sweep.getField()
                : Field.of(model.getSurface());
        return new PlotScene(field, model.getView(), runs, model.getStart(),
                selected == null ? null : selected.key(), model.camera.get());
    }

    private PlotOptions look() {
        return PlotOptions.defaults().withScale(scale).withTheme(theme).withLegend(legendInside)
                .withDivergedText(i18n.get("plot.diverged"))
                .withTitle(ControlsPanel.surfaceName(i18n, model.getSurface()));
    }

    private void showCursor(Point world) {
        if (world == null) {
            statusBar.showCursor("");
            return;
        }
        double f = model.getSurface().value(world.x(), world.y());
        statusBar.showCursor(i18n.get("cursor.text", Formats.coordinate(world.x()), Formats.coordinate(world.y()),
                Formats.number(f)));
    }
}
