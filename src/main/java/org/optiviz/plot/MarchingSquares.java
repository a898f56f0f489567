package org.optiviz.plot;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Iso-lines of a value grid by marching squares, joined into polylines (open ones end on the grid border,
 * the rest are closed rings). Crossings are placed by linear interpolation along cell edges; a saddle cell
 * (diagonal corners on the same side) is resolved by the average of its four corners. NaN and infinite
 * samples count as above every level.
 *
 * <p>All work is on primitive arrays: each cell is bucketed once under the levels it crosses, so tracing
 * many levels costs little more than tracing one.
 */
public final class MarchingSquares {
    /** Grids with fewer cells are traced on the calling thread alone. */
    private static final int PARALLEL_CELLS = 100_000;
    private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final int cols;
    private final int rows;
    private final double[] v;
    private final int hEdges;
    private final int edges;

    /** A tracer over cols × rows samples (row-major, row 0 first). */
    public MarchingSquares(double[] values, int cols, int rows) {
        if (cols < 2 || rows < 2 || values.length < cols * rows) {
            throw new IllegalArgumentException("marching squares needs at least 2×2 samples");
        }
        this.cols = cols;
        this.rows = rows;
        this.v = values;
        this.hEdges = (cols - 1) * rows;
        this.edges = hEdges + cols * (rows - 1);
    }

    /**
     * Traces every level, in the given order, into one buffer per level; points are mapped to pixels as
     * (x0 + i·step, y0 + j·step) for grid position (i, j).
     */
    public PathBuffer[] trace(double[] levels, double x0, double y0, double step) {
        int[][] buckets = bucketCells(levels);
        PathBuffer[] out = new PathBuffer[levels.length];
        // Levels are independent: large grids spread them over the cores (interleaved, to balance the work).
        int workers = (cols - 1) * (rows - 1) < PARALLEL_CELLS ? 1 : Math.min(levels.length, PARALLELISM);
        IntStream.range(0, workers).parallel().forEach(w -> {
            Walker walker = new Walker();
            for (int k = w; k < levels.length; k += workers) {
                out[k] = new PathBuffer();
                walker.traceLevel(levels[k], buckets[k], out[k], x0, y0, step);
            }
            walker.release();
        });
        return out;
    }

    /** Traces one level over every cell. */
    public PathBuffer trace(double level, double x0, double y0, double step) {
        return trace(new double[] {level}, x0, y0, step)[0];
    }

    /** For each level, the cells (index j·(cols−1)+i) that have corners on both sides of it. */
    private int[][] bucketCells(double[] levels) {
        short[] band = bands(levels);
        // Rows of cells in chunks, in parallel for large grids; chunks keep the cells in row order.
        int cellRows = rows - 1;
        int chunks = (cols - 1) * cellRows < PARALLEL_CELLS ? 1 : Math.min(cellRows, PARALLELISM);
        CrossingCells[] parts = new CrossingCells[chunks];
        IntStream.range(0, chunks).parallel().forEach(p -> parts[p] = new CrossingCells(band, levels.length,
                p * cellRows / chunks, (p + 1) * cellRows / chunks));
        int[][] buckets = new int[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            int count = 0;
            for (CrossingCells part : parts) {
                count += part.counts[k];
            }
            buckets[k] = new int[count];
        }
        int[] fill = new int[levels.length];
        for (CrossingCells part : parts) {
            for (int n = 0; n < part.count; n++) {
                int c = part.cells[n];
                for (int k = lowestBand(band, c), highest = highestBand(band, c); k < highest; k++) {
                    buckets[k][fill[k]++] = c - c / cols;
                }
            }
        }
        return buckets;
    }

    /**
     * The cells of some rows that cross a level (by top-left sample) and how many cross each level. A cell
     * crosses level L when some corner is below (< L) and some is not (>= L): the levels from the lowest
     * corner's band up to below the highest corner's band. Most cells have all corners in one band.
     */
    private final class CrossingCells {
        private final int[] counts;
        private int[] cells = new int[1024];
        private int count;

        CrossingCells(short[] band, int levels, int rowStart, int rowEnd) {
            counts = new int[levels];
            for (int j = rowStart; j < rowEnd; j++) {
                for (int c = j * cols, end = c + cols - 1; c < end; c++) {
                    int lowest = lowestBand(band, c);
                    int highest = highestBand(band, c);
                    if (lowest == highest) {
                        continue;
                    }
                    if (count == cells.length) {
                        cells = Arrays.copyOf(cells, 2 * count);
                    }
                    cells[count++] = c;
                    for (int k = lowest; k < highest; k++) {
                        counts[k]++;
                    }
                }
            }
        }
    }

    /** The band of the lowest of the four corners of the cell whose top-left sample is c. */
    private int lowestBand(short[] band, int c) {
        return Math.min(Math.min(band[c], band[c + 1]), Math.min(band[c + cols], band[c + cols + 1]));
    }

    private int highestBand(short[] band, int c) {
        return Math.max(Math.max(band[c], band[c + 1]), Math.max(band[c + cols], band[c + cols + 1]));
    }

    /**
     * For each sample, how many levels lie at or below it (NaN above all): one search per sample instead of
     * two per cell, since the band of a cell's lowest and highest corner are its lowest and highest band.
     */
    private short[] bands(double[] levels) {
        if (levels.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Short.MAX_VALUE + " levels, got " + levels.length);
        }
        short[] band = new short[cols * rows];
        IntStream byRow = IntStream.range(0, rows);
        int n = levels.length;
        (cols * rows < PARALLEL_CELLS ? byRow : byRow.parallel()).forEach(j -> {
            int b = 0;
            for (int s = j * cols, end = s + cols; s < end; s++) {
                double x = lift(v[s]);
                // Neighbours mostly share a band: check the previous sample's before searching.
                if (!((b == 0 || levels[b - 1] <= x) && (b == n || levels[b] > x))) {
                    b = firstAbove(levels, x);
                }
                band[s] = (short) b;
            }
        });
        return band;
    }

    /** Index of the first level strictly above x (levels ascending), or levels.length. */
    private static int firstAbove(double[] levels, double x) {
        int lo = 0;
        int hi = levels.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (levels[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Per-thread tracing state: the edge links, and which edges the current level linked. */
    private final class Walker {
        private final EdgeLinks links = EdgeLinks.take(edges);
        private final int[] link = links.link;
        private final boolean[] visited = links.visited;
        private int[] touched = new int[1024];
        private int touchedCount;

        /** Gives the (cleared) links back for the next trace. */
        void release() {
            links.release();
        }

        void traceLevel(double level, int[] cells, PathBuffer out, double x0, double y0, double step) {
            int cellCount = cells.length;
            int cellCols = cols - 1;
            for (int n = 0; n < cellCount; n++) {
                int cell = cells[n];
                int i = cell % cellCols;
                int j = cell / cellCols;
                int c = j * cols + i;
                boolean tl = above(v[c], level);
                boolean tr = above(v[c + 1], level);
                boolean br = above(v[c + cols + 1], level);
                boolean bl = above(v[c + cols], level);
                int top = j * cellCols + i;
                int bottom = top + cellCols;
                int left = hEdges + j * cols + i;
                int right = left + 1;
                if (tl == br && tr == bl && tl != tr) {
                    double centre = (lift(v[c]) + lift(v[c + 1]) + lift(v[c + cols]) + lift(v[c + cols + 1])) / 4;
                    if (above(centre, level) == tl) {
                        connect(top, right);
                        connect(bottom, left);
                    } else {
                        connect(left, top);
                        connect(right, bottom);
                    }
                    continue;
                }
                int e1 = -1;
                int e2 = -1;
                if (tl != tr) {
                    e1 = top;
                }
                if (tr != br) {
                    if (e1 < 0) {
                        e1 = right;
                    } else {
                        e2 = right;
                    }
                }
                if (br != bl) {
                    if (e1 < 0) {
                        e1 = bottom;
                    } else {
                        e2 = bottom;
                    }
                }
                if (bl != tl) {
                    e2 = left;
                }
                if (e2 >= 0) {
                    connect(e1, e2);
                }
            }
            walk(level, out, x0, y0, step);
        }

        private void connect(int a, int b) {
            attach(a, b);
            attach(b, a);
        }

        private void attach(int edge, int other) {
            if (link[2 * edge] < 0) {
                link[2 * edge] = other;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = edge;
            } else {
                link[2 * edge + 1] = other;
            }
        }

        /** Follows the links: first from open ends (border), then around closed rings; then clears the links. */
        private void walk(double level, PathBuffer out, double x0, double y0, double step) {
            for (int pass = 0; pass < 2; pass++) {
                for (int t = 0; t < touchedCount; t++) {
                    int start = touched[t];
                    boolean open = link[2 * start + 1] < 0;
                    if (visited[start] || (pass == 0) != open) {
                        continue;
                    }
                    int prev = -1;
                    int cur = start;
                    boolean closed = false;
                    while (true) {
                        visited[cur] = true;
                        addPoint(cur, level, out, x0, y0, step);
                        int next = link[2 * cur] == prev ? link[2 * cur + 1] : link[2 * cur];
                        if (next < 0) {
                            break;
                        }
                        if (visited[next]) {
                            closed = next == start;
                            break;
                        }
                        prev = cur;
                        cur = next;
                    }
                    out.endPath(closed);
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int e = touched[t];
                link[2 * e] = -1;
                link[2 * e + 1] = -1;
                visited[e] = false;
            }
            touchedCount = 0;
        }

        /** The crossing on edge e, linearly interpolated between its two samples, mapped to pixels. */
        private void addPoint(int e, double level, PathBuffer out, double x0, double y0, double step) {
            int a;
            int b;
            double gi;
            double gj;
            if (e < hEdges) {
                int j = e / (cols - 1);
                int i = e % (cols - 1);
                a = j * cols + i;
                b = a + 1;
                double t = fraction(v[a], v[b], level);
                gi = i + t;
                gj = j;
            } else {
                int k = e - hEdges;
                int j = k / cols;
                int i = k % cols;
                a = j * cols + i;
                b = a + cols;
                double t = fraction(v[a], v[b], level);
                gi = i;
                gj = j + t;
            }
            out.add(x0 + gi * step, y0 + gj * step);
        }
    }

    private static double fraction(double a, double b, double level) {
        if (!Double.isFinite(a)) {
            return Double.isFinite(b) ? 1 : 0.5;
        }
        if (!Double.isFinite(b)) {
            return 0;
        }
        double t = (level - a) / (b - a);
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    private static boolean above(double value, double level) {
        return !(value < level);
    }

    /** NaN counts as +∞ (above every level). */
    private static double lift(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
}
