package org.optiviz.ui.model;

import java.util.Arrays;
import java.util.Locale;

/** Frame durations collected over a while, summarised as percentiles (the FPS readout and --frame-stats). */
public final class FrameStats {
    private long[] nanos = new long[1024];
    private int count;

    public void add(long frameNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = frameNanos;
    }

    public int count() {
        return count;
    }

    public void clear() {
        count = 0;
    }

    /** The p-th percentile (0..100) in milliseconds, by nearest rank; NaN without frames. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** "frames 600, p50 16.7 ms, p95 17.1 ms, p99 18.0 ms". */
    public String summary() {
        return String.format(Locale.ROOT, "frames %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", count,
                percentileMillis(50), percentileMillis(95), percentileMillis(99));
    }
}
