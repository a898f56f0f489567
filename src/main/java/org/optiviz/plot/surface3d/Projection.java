package org.optiviz.plot.surface3d;

import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.PixelRect;

/**
 * The orthographic projection of the 3D view, built as mplot3d's proj3d builds its view matrix: the plane's view
 * and a height 0..1 are scaled into a box centred on the origin, then seen from the camera's azimuth and
 * elevation. The box's longer side in the plane is 1 and the shorter at least half of it (a thin view still shows
 * a readable slab); the height is {@value #HEIGHT} as in mplot3d's 4:4:3 box. The box's bounding sphere fills the
 * area's shorter side at zoom 1, so orbiting never changes the picture's size.
 *
 * <p>Screen x grows to the right, y downwards; depth grows away from the eye (farthest drawn first).
 */
public final class Projection {
    /** Height of the box relative to its longer side, as in mplot3d's default box aspect 4:4:3. */
    static final double HEIGHT = 0.75;
    private static final double MIN_SIDE = 0.5;

    private final ViewBox view;
    private final double hx;
    private final double hy;
    private final double hz;
    private final double cx;
    private final double cy;
    private final double scale;
    // Screen right (u), screen up (v) and towards the eye (w), as unit vectors in box coordinates.
    private final double ux;
    private final double uy;
    private final double vx;
    private final double vy;
    private final double vz;
    private final double wx;
    private final double wy;
    private final double wz;

    public Projection(Camera camera, ViewBox view, PixelRect area) {
        this.view = view;
        double longer = Math.max(view.width(), view.height());
        hx = 0.5 * Math.max(MIN_SIDE, view.width() / longer);
        hy = 0.5 * Math.max(MIN_SIDE, view.height() / longer);
        hz = 0.5 * HEIGHT;
        double radius = Math.sqrt(hx * hx + hy * hy + hz * hz);
        scale = camera.zoom() * Math.min(area.width(), area.height()) / (2 * radius);
        cx = area.x() + area.width() / 2;
        cy = area.y() + area.height() / 2;
        double az = Math.toRadians(camera.azimuth());
        double el = Math.toRadians(camera.elevation());
        double ca = Math.cos(az);
        double sa = Math.sin(az);
        double ce = Math.cos(el);
        double se = Math.sin(el);
        wx = ce * ca;
        wy = ce * sa;
        wz = se;
        ux = -sa;
        uy = ca;
        vx = -se * ca;
        vy = -se * sa;
        vz = ce;
    }

    /** Box x of a plane x: −hx at the view's left edge, +hx at its right. */
    public double boxX(double x) {
        return ((x - view.xMin()) / view.width() - 0.5) * 2 * hx;
    }

    public double boxY(double y) {
        return ((y - view.yMin()) / view.height() - 0.5) * 2 * hy;
    }

    /** Box z of a height 0..1. */
    public double boxZ(double height) {
        return (height - 0.5) * 2 * hz;
    }

    public double screenX(double bx, double by) {
        return cx + scale * (bx * ux + by * uy);
    }

    public double screenY(double bx, double by, double bz) {
        return cy - scale * (bx * vx + by * vy + bz * vz);
    }

    /** Distance along the line of sight, larger farther from the eye. */
    public double depth(double bx, double by, double bz) {
        return -(bx * wx + by * wy + bz * wz);
    }

    /** Writes screen x, screen y and depth of plane point (x, y) at height 0..1 into out[0..2]. */
    public void project(double x, double y, double height, double[] out) {
        double bx = boxX(x);
        double by = boxY(y);
        double bz = boxZ(height);
        out[0] = screenX(bx, by);
        out[1] = screenY(bx, by, bz);
        out[2] = depth(bx, by, bz);
    }

    /** Half the box's side along x, y and z. */
    public double halfX() {
        return hx;
    }

    public double halfY() {
        return hy;
    }

    public double halfZ() {
        return hz;
    }

    /** The direction towards the eye in box coordinates (x, y, z). */
    public double[] towardsEye() {
        return new double[] {wx, wy, wz};
    }

    /** Pixels per box unit. */
    public double scale() {
        return scale;
    }
}
