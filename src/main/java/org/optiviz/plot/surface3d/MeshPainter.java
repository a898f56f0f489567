package org.optiviz.plot.surface3d;

import java.util.Arrays;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.draw.RasterImage;

/**
 * Paints projected polygons into a pixel raster by the painter's algorithm, each as two triangles filled where
 * they cover a sample's centre, later ones over earlier ones. Samples are taken 2 × 2 per raster pixel and averaged, so the surface's outline is smooth. This is how the window, PNG and
 * GIF show the mesh; SVG gets the same polygons as vector paths.
 */
final class MeshPainter {
    static final int SUPERSAMPLE = 2;
    private static final ThreadLocal<int[]> SAMPLES = ThreadLocal.withInitial(() -> new int[0]);

    private final PixelRect area;
    private final int cols;
    private final int rows;
    private final int sampleCols;
    private final int sampleRows;
    private final double samplesPerPixel;
    private final int[] samples;

    /** A raster over the area at rasterScale pixels per drawing pixel, filled with the background colour. */
    MeshPainter(PixelRect area, double rasterScale, int background) {
        this.area = area;
        cols = Math.max(1, (int) Math.round(area.width() * rasterScale));
        rows = Math.max(1, (int) Math.round(area.height() * rasterScale));
        sampleCols = cols * SUPERSAMPLE;
        sampleRows = rows * SUPERSAMPLE;
        samplesPerPixel = sampleCols / area.width();
        samples = buffer(sampleCols * sampleRows);
        Arrays.fill(samples, 0, sampleCols * sampleRows, background);
    }

    /**
     * A sample buffer of at least n ints for this thread, reused from frame to frame: a turning camera repaints
     * every frame, and a fresh 10 MB array each time would keep the garbage collector busy.
     */
    private static int[] buffer(int n) {
        int[] kept = SAMPLES.get();
        if (kept.length < n) {
            kept = new int[n];
            SAMPLES.set(kept);
        }
        return kept;
    }

    /** Fills the convex polygon with the drawing-pixel corners xy (x0, y0, x1, y1, …) in one colour. */
    void polygon(double[] xy, int corners, int argb) {
        double ax = toSampleX(xy[0]);
        double ay = toSampleY(xy[1]);
        for (int c = 1; c + 1 < corners; c++) {
            triangle(ax, ay, toSampleX(xy[2 * c]), toSampleY(xy[2 * c + 1]), toSampleX(xy[2 * c + 2]),
                    toSampleY(xy[2 * c + 3]), argb);
        }
    }

    private double toSampleX(double x) {
        return (x - area.x()) * samplesPerPixel;
    }

    private double toSampleY(double y) {
        return (y - area.y()) * samplesPerPixel;
    }

    /**
     * Fills the samples whose centres lie inside the triangle, row by row: on each row the centres between the
     * triangle's left and right edges (a centre exactly on an edge is inside, so neighbours leave no gap).
     */
    private void triangle(double x0, double y0, double x1, double y1, double x2, double y2, int argb) {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1)
                && Double.isFinite(x2) && Double.isFinite(y2))) {
            return;
        }
        // Sort the corners by y: a at the top, c at the bottom.
        double ax = x0;
        double ay = y0;
        double bx = x1;
        double by = y1;
        double cx = x2;
        double cy = y2;
        if (by < ay) {
            double t = ax; ax = bx; bx = t;
            t = ay; ay = by; by = t;
        }
        if (cy < by) {
            double t = bx; bx = cx; cx = t;
            t = by; by = cy; cy = t;
            if (by < ay) {
                t = ax; ax = bx; bx = t;
                t = ay; ay = by; by = t;
            }
        }
        if (!(cy > ay)) {
            return;
        }
        int firstRow = Math.max(0, (int) Math.ceil(ay - 0.5));
        int lastRow = Math.min(sampleRows - 1, (int) Math.floor(cy - 0.5));
        double longSlope = (cx - ax) / (cy - ay);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = row + 0.5;
            double xLong = ax + (y - ay) * longSlope;
            double xShort;
            if (y < by) {
                xShort = ax + (y - ay) * (bx - ax) / (by - ay);
            } else if (cy > by) {
                xShort = bx + (y - by) * (cx - bx) / (cy - by);
            } else {
                xShort = bx;
            }
            double left = Math.min(xLong, xShort);
            double right = Math.max(xLong, xShort);
            int from = Math.max(0, (int) Math.ceil(left - 0.5));
            int to = Math.min(sampleCols - 1, (int) Math.floor(right - 0.5));
            if (from <= to) {
                int base = row * sampleCols;
                Arrays.fill(samples, base + from, base + to + 1, argb);
            }
        }
    }

    /** The painted raster, each pixel the mean of its 2 × 2 samples, stretched over the area. */
    RasterImage image() {
        int[] pixels = new int[cols * rows];
        for (int y = 0; y < rows; y++) {
            int top = 2 * y * sampleCols;
            int bottom = top + sampleCols;
            int out = y * cols;
            for (int x = 0; x < cols; x++) {
                int a = samples[top + 2 * x];
                int b = samples[top + 2 * x + 1];
                int c = samples[bottom + 2 * x];
                int d = samples[bottom + 2 * x + 1];
                if (a == b && a == c && a == d) {
                    pixels[out + x] = a;
                    continue;
                }
                int r = ((a >> 16) & 0xff) + ((b >> 16) & 0xff) + ((c >> 16) & 0xff) + ((d >> 16) & 0xff);
                int g = ((a >> 8) & 0xff) + ((b >> 8) & 0xff) + ((c >> 8) & 0xff) + ((d >> 8) & 0xff);
                int bl = (a & 0xff) + (b & 0xff) + (c & 0xff) + (d & 0xff);
                pixels[out + x] = 0xff000000 | (r >> 2) << 16 | (g >> 2) << 8 | (bl >> 2);
            }
        }
        return new RasterImage(area.x(), area.y(), area.width(), area.height(), cols, rows, pixels);
    }
}
