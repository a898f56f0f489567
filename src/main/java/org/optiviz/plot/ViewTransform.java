package org.optiviz.plot;

import org.optiviz.core.surface.ViewBox;

/**
 * Maps a {@link ViewBox} of the plane onto a pixel rectangle (the plot area), y pointing up in the world and
 * down on screen. Immutable: zooming and panning return new transforms on the same pixel area.
 */
public final class ViewTransform {
    /** Zoom refuses views narrower or wider than these (times 1 + |centre|), to stay well inside doubles. */
    private static final double MIN_SPAN = 1e-9;
    private static final double MAX_SPAN = 1e9;

    private final ViewBox view;
    private final PixelRect area;
    private final double sx;
    private final double sy;

    private ViewTransform(ViewBox view, PixelRect area) {
        this.view = view;
        this.area = area;
        this.sx = area.width() / view.width();
        this.sy = area.height() / view.height();
    }

    /** The view stretched onto the area exactly as given (x and y scales may differ). */
    public static ViewTransform of(ViewBox view, PixelRect area) {
        return new ViewTransform(view, area);
    }

    /**
     * The view widened in x or y about its centre so that one unit is as long in x as in y and the whole view
     * stays visible: the "fit" or default view of a surface.
     */
    public static ViewTransform fit(ViewBox view, PixelRect area) {
        double scale = Math.min(area.width() / view.width(), area.height() / view.height());
        double halfW = area.width() / scale / 2;
        double halfH = area.height() / scale / 2;
        double cx = (view.xMin() + view.xMax()) / 2;
        double cy = (view.yMin() + view.yMax()) / 2;
        return new ViewTransform(new ViewBox(cx - halfW, cx + halfW, cy - halfH, cy + halfH), area);
    }

    public ViewBox view() {
        return view;
    }

    public PixelRect area() {
        return area;
    }

    /** Pixels per world unit along x. */
    public double scaleX() {
        return sx;
    }

    /** Pixels per world unit along y. */
    public double scaleY() {
        return sy;
    }

    public double toPixelX(double x) {
        return area.x() + (x - view.xMin()) * sx;
    }

    public double toPixelY(double y) {
        return area.y() + (view.yMax() - y) * sy;
    }

    public double toWorldX(double px) {
        return view.xMin() + (px - area.x()) / sx;
    }

    public double toWorldY(double py) {
        return view.yMax() - (py - area.y()) / sy;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the world point under pixel (px, py) under that pixel,
     * as a scroll wheel over the cursor should. Returns this transform unchanged if the result would be
     * absurdly small or large.
     */
    public ViewTransform zoomAbout(double px, double py, double factor) {
        if (!(factor > 0 && Double.isFinite(factor))) {
            return this;
        }
        double wx = toWorldX(px);
        double wy = toWorldY(py);
        double w = view.width() / factor;
        double h = view.height() / factor;
        double magnitude = 1 + Math.abs(wx) + Math.abs(wy);
        if (Math.min(w, h) < MIN_SPAN * magnitude || Math.max(w, h) > MAX_SPAN * magnitude) {
            return this;
        }
        double fx = (px - area.x()) / area.width();
        double fy = (py - area.y()) / area.height();
        double xMin = wx - fx * w;
        double yMax = wy + fy * h;
        return new ViewTransform(new ViewBox(xMin, xMin + w, yMax - h, yMax), area);
    }

    /** Moves the content by (dx, dy) pixels, as dragging the plot with the mouse does. */
    public ViewTransform panBy(double dx, double dy) {
        double wx = dx / sx;
        double wy = dy / sy;
        return new ViewTransform(new ViewBox(view.xMin() - wx, view.xMax() - wx, view.yMin() + wy,
                view.yMax() + wy), area);
    }

    /** The same pixels-per-unit and centre on a new area (the window was resized). */
    public ViewTransform withArea(PixelRect newArea) {
        double cx = (view.xMin() + view.xMax()) / 2;
        double cy = (view.yMin() + view.yMax()) / 2;
        double halfW = newArea.width() / sx / 2;
        double halfH = newArea.height() / sy / 2;
        return new ViewTransform(new ViewBox(cx - halfW, cx + halfW, cy - halfH, cy + halfH), newArea);
    }

    /** The same view on another area, stretched as given. */
    public ViewTransform withView(ViewBox newView) {
        return new ViewTransform(newView, area);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewTransform t && t.view.equals(view) && t.area.equals(area);
    }

    @Override
    public int hashCode() {
        return view.hashCode() * 31 + area.hashCode();
    }

    @Override
    public String toString() {
        return "ViewTransform[" + view + " -> " + area + "]";
    }
}
