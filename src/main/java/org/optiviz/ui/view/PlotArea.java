package org.optiviz.ui.view;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javax.imageio.ImageIO;
import org.optiviz.core.surface.Point;
import org.optiviz.io.AtomicFiles;
import org.optiviz.plot.GridColumns;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.Theme;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The plot region: one overlay plot of every visible optimizer, or a grid of small plots, one per visible
 * optimizer, all on the model's single view (so zoom and pan in one move all).
 */
public final class PlotArea extends Pane {
    /** Text and lines in the small side-by-side plots, relative to the overlay. */
    private static final double GRID_SCALE = 0.85;
    private static final double GAP = 6;
    /** Room a small plot needs around its plot area for the y axis, and for title and x axis. */

    private final MainViewModel model;
    private final I18n i18n;
    private final StatusBar statusBar;
    private final List<PlotCell> cells = new ArrayList<>();
    private double scale = 1;
    private boolean legendInside = true;
    private boolean dark;
    private boolean cellsDirty = true;

    PlotArea(MainViewModel model, I18n i18n, StatusBar statusBar) {
        this.model = model;
        this.i18n = i18n;
        this.statusBar = statusBar;
        setId("plotArea");
        getStyleClass().add("plot-area");
        setMinSize(120, 120);
        // A press on the plot takes the focus from a text field (committing it), so Space and R work again.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        model.layoutProperty().addListener((obs, old, now) -> cellsDirty = true);
        for (OptimizerEntry entry : model.entries()) {
            // Overlay redraws paths on its own; the grid needs a cell more or less.
            entry.visibleProperty().addListener((obs, old, now) -> cellsDirty |= model.getLayout() == Layout.GRID);
        }
        rebuildCells();
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
        dark = on;
    }

    /** The plots currently shown: one in overlay layout, one per visible optimizer side by side. */
    public List<PlotCell> cells() {
        return List.copyOf(cells);
    }

    boolean hasDrawn() {
        return !cells.isEmpty() && cells.get(0).hasDrawn();
    }

    /** Called once per frame. */
    void drawIfDirty() {
        if (cellsDirty) {
            rebuildCells();
        }
        for (PlotCell cell : cells) {
            cell.drawIfDirty();
        }
    }

    private void rebuildCells() {
        cellsDirty = false;
        cells.clear();
        if (model.getLayout() == Layout.OVERLAY) {
            cells.add(new PlotCell(model, model::visibleEntries, this::overlayOptions, this::showCursor));
        } else {
            for (OptimizerEntry entry : model.visibleEntries()) {
                cells.add(new PlotCell(model, () -> List.of(entry), () -> cellOptions(entry), this::showCursor));
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).setId("plotCell-" + i);
        }
        getChildren().setAll(cells);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        int n = cells.size();
        if (n == 0) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        int cols = GridColumns.best(n, w, h, model.getView().width() / model.getView().height());
        int rows = (int) Math.ceil(n / (double) cols);
        double cellW = Math.floor((w - GAP * (cols - 1)) / cols);
        double cellH = Math.floor((h - GAP * (rows - 1)) / rows);
        for (int i = 0; i < n; i++) {
            int col = i % cols;
            int row = i / cols;
            cells.get(i).resizeRelocate(col * (cellW + GAP), row * (cellH + GAP), cellW, cellH);
        }
    }

    private PlotOptions overlayOptions() {
        return PlotOptions.defaults().withScale(scale).withTheme(dark ? Theme.DARK : Theme.LIGHT)
                .withLegend(legendInside)
                .withDivergedText(i18n.get("plot.diverged"))
                .withTitle(ControlsPanel.surfaceName(i18n, model.getSurface()));
    }

    private PlotOptions cellOptions(OptimizerEntry entry) {
        return overlayOptions().withScale(scale * GRID_SCALE).withLegend(false).withFormula(false)
                .withTitle(entry.kind().displayName());
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

    /**
     * Writes what the plot area shows as PNG, rendered by the plot package (the same drawing as the window, at the
     * same pixel size), through a temporary file. Returns the image's width and height.
     */
    int[] savePng(Path path) throws IOException {
        int width = (int) Math.floor(getWidth());
        int height = (int) Math.floor(getHeight());
        if (width < 16 || height < 16 || cells.isEmpty()) {
            throw new IOException("the plot is too small to save");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(overlayOptions().theme().background(), false));
            g.fillRect(0, 0, width, height);
            for (PlotCell cell : cells) {
                BufferedImage part = Java2dRenderer.render(cell.compose(), 1);
                g.drawImage(part, (int) Math.round(cell.getLayoutX()), (int) Math.round(cell.getLayoutY()), null);
            }
        } finally {
            g.dispose();
        }
        AtomicFiles.write(path, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
        return new int[] {width, height};
    }
}
