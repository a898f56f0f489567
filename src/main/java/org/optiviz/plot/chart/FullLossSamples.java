package org.optiviz.plot.chart;

import java.util.stream.IntStream;
import org.optiviz.core.race.Column;
import org.optiviz.core.surface.Surface;

/**
 * Where a loss chart draws a loss that costs a pass over the data (a data model's full-batch loss while the steps
 * see minibatches, whose recorded losses are their batches'): every stride-th step and each run's last step. The
 * stride is the smallest power of two that leaves at most one sample per pixel column of the chart and at most
 * {@link #ROW_BUDGET} rows of work per run. Being a power of two, it keeps the samples of a growing race: when the
 * stride doubles, every second sample stays, so what was worked out is used again.
 */
public final class FullLossSamples {
    /** Rows evaluated per run for one chart: a hundred samples of a million-row set. */
    static final long ROW_BUDGET = 100_000_000L;
    /** However large the data, at least this many samples per run. */
    static final int MIN_SAMPLES = 64;
    /** The priority of a run's last step, above every stride level. */
    public static final int LAST_STEP_PRIORITY = 64;

    private FullLossSamples() {
    }

    /** The stride for a chart of this width whose x axis ends at lastStep, over data of this many rows. */
    public static int stride(long lastStep, double width, int rows) {
        long byWidth = (long) Math.max(1, width);
        long byCost = ROW_BUDGET / Math.max(1, rows);
        long samples = Math.max(MIN_SAMPLES, Math.min(byWidth, byCost));
        long stride = 1;
        while (stride * samples < lastStep && stride < (1 << 30)) {
            stride <<= 1;
        }
        return (int) stride;
    }

    /** The sampled steps of a run with steps 0 .. count − 1: the multiples of the stride, and count − 1. */
    public static int[] steps(int count, int stride) {
        if (count <= 0) {
            return new int[0];
        }
        int last = count - 1;
        int multiples = last / stride + 1;
        boolean extra = last % stride != 0;
        int[] steps = new int[multiples + (extra ? 1 : 0)];
        for (int k = 0; k < multiples; k++) {
            steps[k] = k * stride;
        }
        if (extra) {
            steps[multiples] = last;
        }
        return steps;
    }

    /**
     * How early a missing sample is worked out, higher first: the run's last step (the head of the curve and the
     * readout), then the coarsest samples (multiples of the highest powers of two), so that the whole curve shows
     * early and fills in.
     */
    public static int priority(int step, int stride, int lastStep) {
        if (step == lastStep) {
            return LAST_STEP_PRIORITY;
        }
        return step == 0 ? LAST_STEP_PRIORITY - 1 : Integer.numberOfTrailingZeros(step / stride);
    }

    /**
     * The full loss f(x, y) of the surface at every sampled step of a path, each point computed alone (in parallel,
     * so the values do not depend on the threads), for exports and the command line.
     */
    public static LossSeries sampled(String key, String label, int argb, Surface surface, Column xs, Column ys,
                                     int count, int stride) {
        int[] steps = steps(count, stride);
        double[] losses = new double[steps.length];
        IntStream.range(0, steps.length).parallel()
                .forEach(i -> losses[i] = surface.value(xs.get(steps[i]), ys.get(steps[i])));
        return new LossSeries(key, label, argb, losses, steps.length, steps);
    }
}
