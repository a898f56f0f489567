package org.optiviz.plot.surface3d;

import java.util.Arrays;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.draw.RasterImage;

/**
 * Paints projected polygons into a pixel raster by the painter's algorithm, each as two triangles filled where
 * they cover a sample's centre, later ones over earlier ones. Samples are taken {@link #SUPERSAMPLE} × {@link
 * #SUPERSAMPLE} per raster pixel and averaged, so the surface's outline is smooth. This is how the window, PNG and
 * GIF show the mesh; SVG gets the same polygons as vector paths.
 */
final class MeshPainter {
    static final int SUPERSAMPLE = 2;

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
        samples = new int[sampleCols * sampleRows];
        Arrays.fill(samples, background);
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

    /** Fills the samples whose centres lie inside the triangle (either winding; edges included). */
    private void triangle(double x0, double y0, double x1, double y1, double x2, double y2, int argb) {
        double area2 = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (area2 == 0 || !Double.isFinite(area2)) {
            return;
        }
        if (area2 < 0) {
            double tx = x1;
            double ty = y1;
            x1 = x2;
            y1 = y2;
            x2 = tx;
            y2 = ty;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, Math.min(x1, x2))));
        int maxX = Math.min(sampleCols - 1, (int) Math.ceil(Math.max(x0, Math.max(x1, x2))));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, Math.min(y1, y2))));
        int maxY = Math.min(sampleRows - 1, (int) Math.ceil(Math.max(y0, Math.max(y1, y2))));
        for (int py = minY; py <= maxY; py++) {
            double cy = py + 0.5;
            int row = py * sampleCols;
            for (int px = minX; px <= maxX; px++) {
                double cx = px + 0.5;
                // Inside when the centre lies left of (or on) every edge of the counter-clockwise triangle.
                if ((x1 - x0) * (cy - y0) - (y1 - y0) * (cx - x0) >= 0
                        && (x2 - x1) * (cy - y1) - (y2 - y1) * (cx - x1) >= 0
                        && (x0 - x2) * (cy - y2) - (y0 - y2) * (cx - x2) >= 0) {
                    samples[row + px] = argb;
                }
            }
        }
    }

    /** The painted raster, each pixel the mean of its samples, stretched over the area. */
    RasterImage image() {
        int[] pixels = new int[cols * rows];
        int ss = SUPERSAMPLE;
        int n = ss * ss;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int sy = 0; sy < ss; sy++) {
                    int row = (y * ss + sy) * sampleCols + x * ss;
                    for (int sx = 0; sx < ss; sx++) {
                        int c = samples[row + sx];
                        r += (c >> 16) & 0xff;
                        g += (c >> 8) & 0xff;
                        b += c & 0xff;
                    }
                }
                pixels[y * cols + x] = 0xff000000 | (r / n) << 16 | (g / n) << 8 | (b / n);
            }
        }
        return new RasterImage(area.x(), area.y(), area.width(), area.height(), cols, rows, pixels);
    }
}
