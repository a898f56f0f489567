package org.optiviz.plot.draw;

/**
 * A grid of opaque ARGB pixels (row-major, {@code cols × rows}) stretched over the rectangle x, y, width,
 * height. The array is shared, not copied: whoever builds one must not change it afterwards.
 */
public record RasterImage(double x, double y, double width, double height, int cols, int rows, int[] argb)
        implements Item {
    public RasterImage {
        if (cols <= 0 || rows <= 0 || argb.length < cols * rows) {
            throw new IllegalArgumentException("raster needs cols × rows pixels, got " + cols + "×" + rows
                    + " for " + argb.length);
        }
    }

    /** Whether one raster pixel falls on exactly one device pixel at scale 1 (the fast path of canvases). */
    public boolean isPixelAligned() {
        return cols == width && rows == height && x == Math.rint(x) && y == Math.rint(y);
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.raster(this);
    }
}
