package org.optiviz.ui.view;

import java.math.BigDecimal;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.ViewTransform;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.RaceMoment;

/**
 * What the mouse does on a plot: scroll zooms about the cursor, drag pans, dragging the start marker or a click
 * moves the start point, a double click restores the surface's default view; moving shows the cursor's x, y, f.
 * On a 3D plot the mouse turns and zooms the camera instead ({@link OrbitGestures}).
 */
final class PlotGestures {
    /** Pixels within which a press grabs the start marker. */
    private static final double GRAB = 10;
    /** A press that moves less than this is a click. */
    private static final double CLICK_SLOP = 3;
    /** Zoom per wheel notch; a touchpad's smooth scrolling gives fractions of a notch. */
    private static final double ZOOM_PER_NOTCH = 1.12;

    private final MainViewModel model;
    private final Supplier<ViewTransform> transform;
    private final Function<ViewBox, ViewTransform> transformFor;
    private final PlotCell.CursorReadout readout;
    private ViewTransform pressTransform;
    private double pressX;
    private double pressY;
    private boolean draggingStart;
    private boolean moved;
    /** The race as it was before a single click moved the start, so a double click can put it back untouched. */
    private RaceMoment beforeClick;
    /**
     * Forgets {@link #beforeClick} once a second click can no longer come: the old race may hold a million points a
     * run, and keeping it until the next click would keep that memory for good.
     */
    private final PauseTransition forgetBeforeClick = new PauseTransition(Duration.millis(800));

    private PlotGestures(MainViewModel model, Supplier<ViewTransform> transform,
                         Function<ViewBox, ViewTransform> transformFor, PlotCell.CursorReadout readout) {
        this.model = model;
        this.transform = transform;
        this.transformFor = transformFor;
        this.readout = readout;
        forgetBeforeClick.setOnFinished(e -> beforeClick = null);
    }

    /**
     * Handles the mouse on the region, mapping pixels through the transform it last drew with; transformFor tells
     * where a view would land (its margins follow the tick labels), so the grabbed point stays under the cursor.
     */
    static void attach(Region region, MainViewModel model, Supplier<ViewTransform> transform,
                       Function<ViewBox, ViewTransform> transformFor, PlotCell.CursorReadout readout,
                       BooleanSupplier threeD) {
        PlotGestures gestures = new PlotGestures(model, transform, transformFor, readout);
        OrbitGestures orbit = new OrbitGestures(model, threeD);
        region.setOnScroll(e -> {
            if (orbit.active()) {
                orbit.scroll(e);
            } else {
                gestures.zoom(e);
            }
        });
        region.setOnMousePressed(e -> {
            if (orbit.active()) {
                orbit.press(e);
            } else {
                gestures.press(e);
            }
        });
        region.setOnMouseDragged(e -> {
            if (orbit.active()) {
                orbit.drag(e);
            } else {
                gestures.drag(e);
            }
        });
        region.setOnMouseReleased(e -> {
            gestures.pressTransform = null;
            orbit.release();
        });
        region.setOnMouseClicked(e -> {
            if (orbit.active()) {
                orbit.click(e);
            } else {
                gestures.click(e);
            }
        });
        // A point of the 3D picture is no one point of the plane: the readout shows nothing there.
        region.setOnMouseMoved(e -> readout.show(orbit.active() ? null : gestures.worldAt(e.getX(), e.getY())));
        region.setOnMouseExited(e -> readout.show(null));
    }

    /**
     * The view shifted so that world point (wx, wy) lands on pixel (px, py) once drawn: new tick labels may widen
     * or narrow the margins, which would otherwise make the plot jump under the mouse.
     */
    private ViewBox keepUnder(ViewBox view, double wx, double wy, double px, double py) {
        ViewTransform landed = transformFor.apply(view);
        return landed.panBy(px - landed.toPixelX(wx), py - landed.toPixelY(wy)).view();
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
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        // Wheel away from the user (positive delta) zooms in, as in maps.
        ViewBox zoomed = t.zoomAbout(e.getX(), e.getY(), Math.pow(ZOOM_PER_NOTCH, notches)).view();
        model.setView(keepUnder(zoomed, t.toWorldX(e.getX()), t.toWorldY(e.getY()), e.getX(), e.getY()));
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
            model.setStart(snapped(pressTransform, e.getX(), e.getY()));
        } else {
            model.setView(keepUnder(pressTransform.panBy(dx, dy).view(), pressTransform.toWorldX(pressX),
                    pressTransform.toWorldY(pressY), e.getX(), e.getY()));
        }
        readout.show(worldAt(e.getX(), e.getY()));
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || moved || transform.get() == null) {
            return;
        }
        if (e.getClickCount() == 2) {
            // The first click of a double click moved the start; a double click means "fit" only, so the race it
            // restarted is put back as it was, at the same step.
            if (beforeClick != null) {
                model.restore(beforeClick);
                beforeClick = null;
            }
            model.fitView();
            return;
        }
        if (e.getClickCount() == 1) {
            beforeClick = null;
            if (worldAt(e.getX(), e.getY()) != null) {
                beforeClick = model.moment();
                forgetBeforeClick.playFromStart();
                model.setStart(snapped(transform.get(), e.getX(), e.getY()));
            }
        }
    }

    /**
     * The point under the pixel, rounded to the largest power of ten below one pixel's width, so a click gives
     * "−3.42, −2.61" rather than sixteen digits nobody can reproduce by typing.
     */
    static Point snapped(ViewTransform t, double px, double py) {
        double grid = Math.pow(10, Math.floor(Math.log10(1 / Math.max(t.scaleX(), t.scaleY()))));
        return new Point(roundTo(t.toWorldX(px), grid), roundTo(t.toWorldY(py), grid));
    }

    private static double roundTo(double value, double grid) {
        return new BigDecimal(Math.round(value / grid)).multiply(BigDecimal.valueOf(grid))
                .doubleValue();
    }
}
