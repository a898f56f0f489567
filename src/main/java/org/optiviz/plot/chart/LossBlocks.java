package org.optiviz.plot.chart;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.optiviz.core.race.Column;

/**
 * The lowest and highest finite loss of every block of {@value #BLOCK} steps of a long series kept as an array (the
 * theory's predicted losses; a run's own losses keep such blocks themselves), so the chart finds the extremes of a
 * stretch of steps (its y range, one pixel column) from the blocks inside it and the few steps at its ends instead
 * of visiting every step. A chart of 18 series of 1,000,000 steps redrawn every few frames would otherwise walk 18
 * million values each time.
 *
 * <p>Summaries are kept per array, under its column's {@link Column#identity}, for series of at least
 * {@value #MIN_LENGTH} values: such an array only ever grows at its end and its values never change, so the values
 * a summary has seen never change under it. Shorter series are cheaper to scan than to summarise.
 */
final class LossBlocks {
    static final int BLOCK = 32;
    static final int MIN_LENGTH = 1 << 12;
    private static final Map<Object, LossBlocks> KEPT = Collections.synchronizedMap(new WeakHashMap<>());
    private double[] blockMin = new double[64];
    private double[] blockMax = new double[64];
    /** Whole blocks summarised so far. */
    private int blocks;

    private LossBlocks() {
        // The summary must not hold its column: the map keeps it only while someone else does.
    }

    /** The summary of this column, or null for one too short to be worth it. */
    static LossBlocks of(Column values) {
        return values.size() < MIN_LENGTH ? null : KEPT.computeIfAbsent(values.identity(), v -> new LossBlocks());
    }

    /**
     * The extremes of the finite values in [from, to) of {@code values} (the column this summary was made for), as
     * {min, max} (min > max when there is none). Values before {@code to} must not change afterwards.
     */
    synchronized double[] extremes(Column values, int from, int to) {
        summariseUpTo(values, to / BLOCK);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int firstWhole = (from + BLOCK - 1) / BLOCK;
        int endWhole = to / BLOCK;
        if (firstWhole >= endWhole) {
            return scan(values, from, to, min, max);
        }
        double[] ends = scan(values, from, firstWhole * BLOCK, min, max);
        ends = scan(values, endWhole * BLOCK, to, ends[0], ends[1]);
        min = ends[0];
        max = ends[1];
        for (int b = firstWhole; b < endWhole; b++) {
            min = Math.min(min, blockMin[b]);
            max = Math.max(max, blockMax[b]);
        }
        return new double[] {min, max};
    }

    /** {min, max} of {@code min}, {@code max} and the finite values in [from, to): a plain walk. */
    static double[] scan(Column values, int from, int to, double min, double max) {
        for (int i = from; i < to; i++) {
            double v = values.get(i);
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {min, max};
    }

    private void summariseUpTo(Column values, int wholeBlocks) {
        if (wholeBlocks <= blocks) {
            return;
        }
        if (wholeBlocks > blockMin.length) {
            int capacity = Math.max(wholeBlocks, blockMin.length * 2);
            blockMin = Arrays.copyOf(blockMin, capacity);
            blockMax = Arrays.copyOf(blockMax, capacity);
        }
        for (int b = blocks; b < wholeBlocks; b++) {
            double[] e = scan(values, b * BLOCK, (b + 1) * BLOCK, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY);
            blockMin[b] = e[0];
            blockMax[b] = e[1];
        }
        blocks = wholeBlocks;
    }
}
