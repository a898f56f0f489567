package org.optiviz.plot;

/** A rectangle in pixels: left, top, width, height. */
public record PixelRect(double x, double y, double width, double height) {
    public PixelRect {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a pixel rectangle needs a positive size, got " + width + "×" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
