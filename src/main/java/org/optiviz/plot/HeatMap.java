package org.optiviz.plot;

import java.util.stream.IntStream;

/**
 * Paints the value grid as viridis pixels: each raster pixel takes the bilinear blend of the colour
 * positions of the four samples around its centre, then one table lookup. The grid may be coarser than the
 * raster (every 2 pixels, say); the blend hides that.
 */
public final class HeatMap {
    private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());

    private HeatMap() {
    }

    /** One grid row blended horizontally at every raster column. */
    private static void blendRow(float[] t, int row, int[] ci, float[] cf, float[] into) {
        for (int px = 0; px < into.length; px++) {
            int i = row + ci[px];
            into[px] = t[i] + (t[i + 1] - t[i]) * cf[px];
        }
    }

    /**
     * ARGB pixels (row-major, width × height) for a raster covering the grid's plot area at
     * {@code pixelsPerUnit} raster pixels per grid pixel (1 on screen, 2 for a 2× export).
     */
    public static int[] paint(ValueGrid grid, ContourLevels levels, int width, int height, double pixelsPerUnit) {
        int cols = grid.cols();
        int rows = grid.rows();
        double[] values = grid.values();
        float[] t = new float[cols * rows];
        IntStream.range(0, rows).parallel().forEach(j -> {
            for (int i = j * cols; i < (j + 1) * cols; i++) {
                t[i] = (float) levels.t(values[i]);
            }
        });
        // Grid position of each raster column's centre, split into cell index and fraction.
        double perSample = pixelsPerUnit * grid.step();
        int[] ci = new int[width];
        float[] cf = new float[width];
        for (int px = 0; px < width; px++) {
            double u = Math.min((px + 0.5) / perSample, cols - 1.000001);
            ci[px] = (int) u;
            cf[px] = (float) (u - ci[px]);
        }
        int[] lut = ColorMap.viridisTable();
        int[] out = new int[width * height];
        // Bands of raster rows in parallel; within a band each grid row is blended across once and reused
        // for every raster row between it and the next.
        int bands = Math.min(PARALLELISM, Math.max(1, height / 64));
        IntStream.range(0, bands).parallel().forEach(b -> {
            float[] upper = new float[width];
            float[] lower = new float[width];
            int cached = -1;
            for (int py = b * height / bands; py < (b + 1) * height / bands; py++) {
                double v = Math.min((py + 0.5) / perSample, rows - 1.000001);
                int j = (int) v;
                float fy = (float) (v - j);
                if (j != cached) {
                    if (j == cached + 1 && cached >= 0) {
                        float[] swap = upper;
                        upper = lower;
                        lower = swap;
                    } else {
                        blendRow(t, j * cols, ci, cf, upper);
                    }
                    blendRow(t, (j + 1) * cols, ci, cf, lower);
                    cached = j;
                }
                int o = py * width;
                for (int px = 0; px < width; px++) {
                    float value = upper[px] + (lower[px] - upper[px]) * fy;
                    int index = (int) (value * 256);
                    out[o + px] = lut[index < 0 ? 0 : index > 255 ? 255 : index];
                }
            }
        });
        return out;
    }
}
