package org.optiviz.ui.view;

import java.util.function.BooleanSupplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.ui.model.MainViewModel;

/**
 * What the mouse does on a 3D plot, as in matplotlib's mplot3d: dragging turns the camera (sideways about the
 * vertical axis, up and down in elevation), the wheel zooms, a double click goes back to the default camera. Every
 * cell of a grid shares the one camera, so they turn together.
 */
final class OrbitGestures {
    /** Degrees per pixel dragged: half a turn across a 450-pixel plot. */
    static final double DEGREES_PER_PIXEL = 0.4;
    /** Zoom per wheel notch, as the flat plot zooms. */
    private static final double ZOOM_PER_NOTCH = 1.12;
    private static final double CLICK_SLOP = 3;

    private final MainViewModel model;
    private final BooleanSupplier active;
    private Camera pressCamera;
    private double pressX;
    private double pressY;
    private boolean moved;

    /** Gestures that act while active says the plot is in 3D. */
    OrbitGestures(MainViewModel model, BooleanSupplier active) {
        this.model = model;
        this.active = active;
    }

    boolean active() {
        return active.getAsBoolean();
    }

    void scroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        model.camera.set(model.camera.get().zoomedBy(Math.pow(ZOOM_PER_NOTCH, notches)));
        e.consume();
    }

    void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressCamera = model.camera.get();
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
    }

    void drag(MouseEvent e) {
        if (pressCamera == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!moved && Math.hypot(dx, dy) < CLICK_SLOP) {
            return;
        }
        moved = true;
        // As in mplot3d: dragging right turns the surface to the right, dragging up looks from higher.
        model.camera.set(pressCamera.orbit(-dx * DEGREES_PER_PIXEL, -dy * DEGREES_PER_PIXEL));
    }

    void release() {
        pressCamera = null;
    }

    void click(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !moved && e.getClickCount() == 2) {
            model.camera.set(Camera.DEFAULT);
        }
    }
}
