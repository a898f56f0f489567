package org.optiviz.plot;

/**
 * Paints the value grid as viridis pixels: each raster pixel takes the bilinear blend of the colour
 * positions of the four samples around its centre, then one table lookup. The grid may be coarser than the
 * raster (every 2 pixels, say); the blend hides that.
 */
public final class HeatMap {
    private HeatMap() {
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
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) levels.t(values[i]);
        }
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
        for (int py = 0; py < height; py++) {
            double v = Math.min((py + 0.5) / perSample, rows - 1.000001);
            int j = (int) v;
            float fy = (float) (v - j);
            int r0 = j * cols;
            int r1 = r0 + cols;
            int o = py * width;
            for (int px = 0; px < width; px++) {
                int i = ci[px];
                float fx = cf[px];
                float top = t[r0 + i] + (t[r0 + i + 1] - t[r0 + i]) * fx;
                float bottom = t[r1 + i] + (t[r1 + i + 1] - t[r1 + i]) * fx;
                float value = top + (bottom - top) * fy;
                int index = (int) (value * 256);
                out[o + px] = lut[index < 0 ? 0 : index > 255 ? 255 : index];
            }
        }
        return out;
    }
}
