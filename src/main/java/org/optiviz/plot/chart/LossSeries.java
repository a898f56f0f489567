package org.optiviz.plot.chart;

import org.optiviz.plot.draw.Argb;

/**
 * One run's loss at steps 0 .. count − 1, with its key, name and colour. The array is shared with the run (no copy):
 * build the chart on the thread that steps the race, or copy first.
 */
public record LossSeries(String key, String label, int argb, double[] losses, int count) {
    public LossSeries {
        if (count < 0 || losses.length < count) {
            throw new IllegalArgumentException("loss series has fewer values than its count");
        }
        if (Argb.alpha(argb) == 0) {
            throw new IllegalArgumentException("series colour must not be transparent");
        }
    }

    /** Only the first {@code points} values, for animation frames. */
    public LossSeries upTo(int points) {
        return new LossSeries(key, label, argb, losses, Math.max(0, Math.min(count, points)));
    }
}
