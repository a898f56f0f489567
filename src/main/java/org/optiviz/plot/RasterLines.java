package org.optiviz.plot;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.optiviz.plot.draw.Argb;

/**
 * Draws iso-lines straight into heat-map pixels, anti-aliased: each segment covers the pixels within half the
 * line width of it (coverage falling off over one pixel at the edge). A canvas then shows heat map and
 * iso-lines as one image, far cheaper than stroking tens of thousands of segments on a software pipeline.
 * Where segments meet or lines cross, a pixel keeps its strongest coverage, so joints do not darken.
 * Segments are collected first and drawn by horizontal bands of the raster in parallel, each into a
 * {@link CoverageBuffer}.
 */
final class RasterLines {
    private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int FALLOFF_STEPS = 64;
    private final int[] argb;
    private final int width;
    private final int height;
    /** Per segment: ax, ay, bx, by, half width + 0.5 (as floats), and its colour in {@link #colors}. */
    private float[] segments = new float[5 * 1024];
    private int[] colors = new int[1024];
    private int count;

    /** Lines for a raster of width × height ARGB pixels (row-major), changed in place by {@link #finish}. */
    RasterLines(int[] argb, int width, int height) {
        this.argb = argb;
        this.width = width;
        this.height = height;
    }

    /**
     * Adds the paths in raster pixels (path point p maps to ((p.x − x0)·scale, (p.y − y0)·scale)) in the given
     * colour, whose alpha is the line's opacity, lineWidth raster pixels wide.
     */
    void add(PathBuffer paths, double x0, double y0, double scale, int color, double lineWidth) {
        float reach = (float) (lineWidth / 2 + 0.5);
        for (int p = 0; p < paths.pathCount(); p++) {
            int start = paths.start(p);
            int end = paths.end(p);
            for (int i = start + 1; i < end; i++) {
                segment((paths.x(i - 1) - x0) * scale, (paths.y(i - 1) - y0) * scale, (paths.x(i) - x0) * scale,
                        (paths.y(i) - y0) * scale, reach, color);
            }
            if (paths.isClosed(p) && end - start > 2) {
                segment((paths.x(end - 1) - x0) * scale, (paths.y(end - 1) - y0) * scale,
                        (paths.x(start) - x0) * scale, (paths.y(start) - y0) * scale, reach, color);
            }
        }
    }

    /** Draws every segment and blends each covered pixel towards its line colour by coverage × opacity. */
    void finish() {
        int bands = Math.min(PARALLELISM, Math.max(1, height / 32));
        IntStream.range(0, bands).parallel().forEach(b -> drawBand(b * height / bands, (b + 1) * height / bands));
    }

    private void segment(double ax, double ay, double bx, double by, float reach, int color) {
        if (count == colors.length) {
            colors = Arrays.copyOf(colors, count * 2);
            segments = Arrays.copyOf(segments, 5 * count * 2);
        }
        int o = 5 * count;
        segments[o] = (float) ax;
        segments[o + 1] = (float) ay;
        segments[o + 2] = (float) bx;
        segments[o + 3] = (float) by;
        segments[o + 4] = reach;
        colors[count++] = color;
    }

    /** Coverage for squared distances 0..reach² in FALLOFF_STEPS steps: min(1, reach − distance). */
    private static float[] falloff(float reach) {
        float[] table = new float[FALLOFF_STEPS];
        for (int k = 0; k < FALLOFF_STEPS; k++) {
            double d = Math.sqrt(k * (double) reach * reach / (FALLOFF_STEPS - 1));
            table[k] = (float) Math.max(0, Math.min(1, reach - d));
        }
        return table;
    }

    /** Rows rowStart (inclusive) to rowEnd (exclusive): their own coverage, so bands never share a pixel. */
    private void drawBand(int rowStart, int rowEnd) {
        CoverageBuffer buffer = CoverageBuffer.take((rowEnd - rowStart) * width);
        float[] coverage = buffer.coverage;
        int[] tone = buffer.tone;
        float tableReach = -1;
        float[] falloff = null;
        for (int s = 0; s < count; s++) {
            int o = 5 * s;
            float ax = segments[o];
            float ay = segments[o + 1];
            float bx = segments[o + 2];
            float by = segments[o + 3];
            float reach = segments[o + 4];
            int y0 = Math.max(rowStart, (int) Math.floor(Math.min(ay, by) - reach));
            int y1 = Math.min(rowEnd - 1, (int) Math.ceil(Math.max(ay, by) + reach));
            if (y0 > y1) {
                continue;
            }
            int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
            int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
            float alpha = Argb.alpha(colors[s]) / 255f;
            float dx = bx - ax;
            float dy = by - ay;
            float len2 = dx * dx + dy * dy;
            float inv = len2 == 0 ? 0 : 1 / len2;
            float reach2 = reach * reach;
            if (reach != tableReach) {
                falloff = falloff(reach);
                tableReach = reach;
            }
            float scale = (FALLOFF_STEPS - 1) / reach2;
            for (int y = y0; y <= y1; y++) {
                float py = y + 0.5f - ay;
                // Only the columns this row of the capsule can reach: from where the segment enters the
                // row's reach to where it leaves it, widened by the reach.
                int xa = x0;
                int xb = x1;
                if (dy != 0) {
                    float f0 = Math.max(0, Math.min(1, (py - reach) / dy));
                    float f1 = Math.max(0, Math.min(1, (py + reach) / dy));
                    float ex0 = ax + Math.min(f0, f1) * dx;
                    float ex1 = ax + Math.max(f0, f1) * dx;
                    xa = Math.max(x0, (int) Math.floor(Math.min(ex0, ex1) - reach));
                    xb = Math.min(x1, (int) Math.ceil(Math.max(ex0, ex1) + reach));
                }
                int row = (y - rowStart) * width;
                for (int x = xa; x <= xb; x++) {
                    float px = x + 0.5f - ax;
                    float f = (px * dx + py * dy) * inv;
                    f = f < 0 ? 0 : f > 1 ? 1 : f;
                    float ex = px - f * dx;
                    float ey = py - f * dy;
                    float d2 = ex * ex + ey * ey;
                    if (d2 >= reach2) {
                        continue;
                    }
                    // Coverage falls from 1 to 0 over the last pixel of reach; d² indexes a table of it.
                    float c = falloff[(int) (d2 * scale)] * alpha;
                    int i = row + x;
                    float before = coverage[i];
                    if (c > before) {
                        if (before == 0) {
                            buffer.newlyCovered(i);
                        }
                        coverage[i] = c;
                        tone[i] = colors[s];
                    }
                }
            }
        }
        buffer.blendInto(argb, rowStart * width, (rowEnd - rowStart) * width);
    }
}
