package org.optiviz.ui.view;

import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.ViewTransform;
import org.optiviz.ui.model.MainViewModel;

/**
 * What the mouse does on a plot: scroll zooms about the cursor, drag pans, dragging the start marker or a click
 * moves the start point, a double click restores the surface's default view; moving shows the cursor's x, y, f.
 */
final class PlotGestures {
    /** Pixels within which a press grabs the start marker. */
    private static final double GRAB = 10;
    /** A press that moves less than this is a click. */
    private static final double CLICK_SLOP = 3;
    private static final double ZOOM_PER_WHEEL_UNIT = 1.0025;

    private final MainViewModel model;
    private final Supplier<ViewTransform> transform;
    private final PlotCell.CursorReadout readout;
    private ViewTransform pressTransform;
    private double pressX;
    private double pressY;
    private boolean draggingStart;
    private boolean moved;
    private Point startBeforeClick;

    private PlotGestures(MainViewModel model, Supplier<ViewTransform> transform, PlotCell.CursorReadout readout) {
        this.model = model;
        this.transform = transform;
        this.readout = readout;
    }

    /** Handles the mouse on the region, mapping pixels through the transform it last drew with. */
    static void attach(Region region, MainViewModel model, Supplier<ViewTransform> transform,
                       PlotCell.CursorReadout readout) {
        PlotGestures gestures = new PlotGestures(model, transform, readout);
        region.setOnScroll(gestures::zoom);
        region.setOnMousePressed(gestures::press);
        region.setOnMouseDragged(gestures::drag);
        region.setOnMouseReleased(e -> gestures.pressTransform = null);
        region.setOnMouseClicked(gestures::click);
        region.setOnMouseMoved(e -> readout.show(gestures.worldAt(e.getX(), e.getY())));
        region.setOnMouseExited(e -> readout.show(null));
    }

    private Point worldAt(double px, double py) {
        ViewTransform t = transform.get();
        if (t == null || !t.area().contains(px, py)) {
            return null;
        }
        return new Point(t.toWorldX(px), t.toWorldY(py));
    }

    private void zoom(ScrollEvent e) {
        ViewTransform t = transform.get();
        if (t == null || e.getDeltaY() == 0) {
            return;
        }
        model.setView(t.zoomAbout(e.getX(), e.getY(), Math.pow(ZOOM_PER_WHEEL_UNIT, e.getDeltaY())).view());
        e.consume();
    }

    private void press(MouseEvent e) {
        ViewTransform t = transform.get();
        if (t == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressTransform = t;
        moved = false;
        Point start = model.getStart();
        draggingStart = Math.hypot(t.toPixelX(start.x()) - pressX, t.toPixelY(start.y()) - pressY) <= GRAB;
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

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || moved || transform.get() == null) {
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
