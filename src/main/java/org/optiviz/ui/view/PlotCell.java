package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.fx.FxCanvasRenderer;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * One plot on three stacked canvases, drawn from the plot package's layers: the contour background (cached until
 * surface, view, size or look change), the trajectories and the decorations (redrawn when the paths change).
 * Scroll zooms about the cursor, drag pans, a click or dragging the start marker sets the start point, and a double
 * click restores the default view.
 */
public final class PlotCell extends Pane {
    /** Pixels within which a press grabs the start marker. */
    private static final double GRAB = 10;
    /** A press that moves less than this is a click. */
    private static final double CLICK_SLOP = 3;
    private static final double ZOOM_PER_WHEEL_UNIT = 1.0025;

    private final MainViewModel model;
    private final Supplier<List<OptimizerEntry>> shown;
    private final Supplier<PlotOptions> options;
    private final CursorReadout readout;
    private final Canvas background = new Canvas();
    private final Canvas paths = new Canvas();
    private final Canvas decorations = new Canvas();
    private PlotRequest drawnBackground;
    private int drawnPathsVersion = -1;
    private PlotOptions drawnOptions;
    private boolean dirtyPaths = true;
    private Drawing lastPaths;
    private ViewTransform transform;
    private ViewTransform pressTransform;
    private double pressX;
    private double pressY;
    private boolean draggingStart;
    private boolean moved;
    private Point startBeforeClick;

    /** Shows where the cursor is on the plane, or clears the readout with null. */
    interface CursorReadout {
        void show(Point world);
    }

    PlotCell(MainViewModel model, Supplier<List<OptimizerEntry>> shown, Supplier<PlotOptions> options,
             CursorReadout readout) {
        this.model = model;
        this.shown = shown;
        this.options = options;
        this.readout = readout;
        getStyleClass().add("plot-cell");
        getChildren().addAll(background, paths, decorations);
        background.setMouseTransparent(true);
        paths.setMouseTransparent(true);
        decorations.setMouseTransparent(true);
        setOnScroll(this::zoom);
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::release);
        setOnMouseClicked(this::click);
        setOnMouseMoved(e -> readout.show(worldAt(e.getX(), e.getY())));
        setOnMouseExited(e -> readout.show(null));
        widthProperty().addListener((obs, old, now) -> dirtyPaths = true);
        heightProperty().addListener((obs, old, now) -> dirtyPaths = true);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        for (Canvas canvas : List.of(background, paths, decorations)) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
    }

    /** Redraws the layers whose inputs changed; returns whether anything was drawn. */
    boolean drawIfDirty() {
        double w = background.getWidth();
        double h = background.getHeight();
        if (w < 16 || h < 16) {
            return false;
        }
        PlotOptions look = options.get();
        PlotRequest request = new PlotRequest(model.getSurface(), model.getView(), w, h, traces(), model.getStart(),
                look);
        PlotRequest backgroundKey = request.withRuns(List.of()).withStart(null);
        boolean drew = false;
        if (!backgroundKey.equals(drawnBackground)) {
            transform = PlotComposer.transform(request);
            GraphicsContext g = background.getGraphicsContext2D();
            g.setFill(OptiVizColors.fx(look.theme().background()));
            g.fillRect(0, 0, w, h);
            FxCanvasRenderer.render(PlotComposer.background(request, transform), g);
            drawnBackground = backgroundKey;
            dirtyPaths = true;
            drew = true;
        }
        int version = model.pathsVersionProperty().get();
        if (dirtyPaths || version != drawnPathsVersion || !look.equals(drawnOptions)) {
            lastPaths = PlotComposer.trajectories(request, transform);
            GraphicsContext g = paths.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            FxCanvasRenderer.render(lastPaths, g);
            GraphicsContext d = decorations.getGraphicsContext2D();
            d.clearRect(0, 0, w, h);
            FxCanvasRenderer.render(PlotComposer.decorations(request, transform), d);
            drawnPathsVersion = version;
            drawnOptions = look;
            dirtyPaths = false;
            drew = true;
        }
        return drew;
    }

    /** The whole plot as every export draws it, at this cell's size. */
    Drawing compose() {
        PlotRequest request = new PlotRequest(model.getSurface(), model.getView(), background.getWidth(),
                background.getHeight(), traces(), model.getStart(), options.get().withSampleStep(1));
        return PlotComposer.compose(request);
    }

    boolean hasDrawn() {
        return drawnBackground != null;
    }

    /** The trajectory layer drawn last (for checking what the window shows). */
    public Drawing lastPaths() {
        return lastPaths;
    }

    /** Where the plane maps onto this cell, as last drawn. */
    public ViewTransform transform() {
        return transform;
    }

    private List<RunTrace> traces() {
        List<RunTrace> traces = new ArrayList<>();
        for (OptimizerEntry entry : shown.get()) {
            traces.add(RunTrace.of(entry.run(), entry.kind().displayName(), OptiVizColors.argb(entry.getColor())));
        }
        return traces;
    }

    private Point worldAt(double px, double py) {
        if (transform == null || !transform.area().contains(px, py)) {
            return null;
        }
        return new Point(transform.toWorldX(px), transform.toWorldY(py));
    }

    private void zoom(ScrollEvent e) {
        if (transform == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(ZOOM_PER_WHEEL_UNIT, e.getDeltaY());
        model.setView(transform.zoomAbout(e.getX(), e.getY(), factor).view());
        transform = transform.zoomAbout(e.getX(), e.getY(), factor);
        e.consume();
    }

    private void press(MouseEvent e) {
        if (transform == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressTransform = transform;
        moved = false;
        Point start = model.getStart();
        double sx = transform.toPixelX(start.x());
        double sy = transform.toPixelY(start.y());
        draggingStart = Math.hypot(sx - pressX, sy - pressY) <= GRAB;
    }

    private void drag(MouseEvent e) {
        if (pressTransform == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!moved && Math.hypot(dx, dy) < CLICK_SLOP) {
            return;
        }
        moved = true;
        if (draggingStart) {
            model.setStart(new Point(pressTransform.toWorldX(e.getX()), pressTransform.toWorldY(e.getY())));
        } else {
            model.setView(pressTransform.panBy(dx, dy).view());
        }
        readout.show(worldAt(e.getX(), e.getY()));
    }

    private void release(MouseEvent e) {
        pressTransform = null;
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || moved || transform == null) {
            return;
        }
        if (e.getClickCount() == 2) {
            // The first click of a double click moved the start; a double click means "fit" only.
            if (startBeforeClick != null) {
                model.setStart(startBeforeClick);
            }
            model.fitView();
            return;
        }
        Point world = worldAt(e.getX(), e.getY());
        if (world != null && e.getClickCount() == 1) {
            startBeforeClick = model.getStart();
            model.setStart(world);
        }
    }
}
