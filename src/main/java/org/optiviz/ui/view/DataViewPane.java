package org.optiviz.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import org.optiviz.core.data.DataModel;
import org.optiviz.plot.Theme;
import org.optiviz.plot.data.DataView;
import org.optiviz.plot.data.DataViewRequest;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.fx.FxCanvasRenderer;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/**
 * The data view under the plot while a data problem is raced: the plot package's data drawing through the Canvas
 * back end, redrawn at most once a frame when the race moved. Its context menu offers the Export menu's data view
 * items ({@link #setSaveActions}), which save the same drawing, so the file shows what the window shows.
 */
public final class DataViewPane extends Pane {
    private final MainViewModel model;
    private final I18n i18n;
    private Runnable savePng = () -> { };
    private Runnable saveSvg = () -> { };
    private final Canvas canvas = new Canvas();
    private final DataViewRequests requests = new DataViewRequests();
    private boolean dirty = true;
    private Theme theme = Theme.LIGHT;
    private double scale = 1;
    private Drawing drawn;

    DataViewPane(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("dataView");
        getChildren().add(canvas);
        setMinHeight(140);
        model.redraws().pathsVersionProperty().addListener((obs, old, now) -> dirty = true);
        model.surfaceProperty().addListener((obs, old, now) -> showFor(now instanceof DataModel));
        i18n.localeProperty().addListener((obs, old, now) -> dirty = true);
        widthProperty().addListener((obs, old, now) -> dirty = true);
        heightProperty().addListener((obs, old, now) -> dirty = true);
        showFor(model.getSurface() instanceof DataModel);
        ContextMenu menu = new ContextMenu(item("data.view.savePng", () -> savePng.run()),
                item("data.view.saveSvg", () -> saveSvg.run()));
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    }

    /**
     * The plot with the data view under it, taking about a third of the height while a data problem is raced and
     * no room otherwise.
     */
    static javafx.scene.layout.VBox under(javafx.scene.Node plot, DataViewPane view) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(plot, view);
        javafx.scene.layout.VBox.setVgrow(plot, javafx.scene.layout.Priority.ALWAYS);
        view.prefHeightProperty().bind(box.heightProperty().multiply(0.34));
        box.setMinSize(0, 0);
        return box;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showFor(boolean data) {
        setVisible(data);
        setManaged(data);
        dirty = true;
    }

    void setScale(double newScale) {
        scale = newScale;
        dirty = true;
    }

    void setDark(boolean on) {
        theme = on ? Theme.DARK : Theme.LIGHT;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /** Draws if anything changed since the last time; called once per frame at most. */
    void drawIfDirty() {
        if (!dirty || !isVisible()) {
            return;
        }
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawn = null;
        if (canvas.getWidth() < 16 || canvas.getHeight() < 16) {
            return;
        }
        DataViewRequest request = requests.of(model, i18n, theme, scale, canvas.getWidth(), canvas.getHeight());
        if (request != null) {
            drawn = DataView.compose(request);
            drawn.accept(new FxCanvasRenderer(g));
        }
    }

    /** The drawing as last shown, or null. */
    Drawing drawn() {
        return drawn;
    }

    /**
     * The data view as it is drawn now, at the pane's size and look, or null when no data problem is raced; the
     * request holds its own copies of what moves, so it may be drawn on another thread.
     */
    public DataViewRequest request() {
        if (!isVisible() || canvas.getWidth() < 16 || canvas.getHeight() < 16) {
            return null;
        }
        return requests.of(model, i18n, theme, scale, canvas.getWidth(), canvas.getHeight());
    }

    /** What the context menu's two items do: the Export menu's data view exports. */
    public void setSaveActions(Runnable png, Runnable svg) {
        savePng = png;
        saveSvg = svg;
    }
}
