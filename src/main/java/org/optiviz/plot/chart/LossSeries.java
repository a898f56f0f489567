package org.optiviz.plot.chart;

import org.optiviz.core.race.Column;
import org.optiviz.plot.draw.Argb;

/**
 * One run's loss against step, with its key, name and colour: either at every step 0 .. count − 1 ({@code steps}
 * null), or only at some steps ({@code losses[i]} at step {@code steps[i]}, steps increasing), as for a full-batch
 * loss that costs a pass over the data and is worked out only where the chart draws it. A run's losses are shared,
 * not copied (a fixed view of what it recorded, see {@link Column}).
 *
 * @param count the number of values (for a series at every step, the number of steps)
 */
public record LossSeries(String key, String label, int argb, Column losses, int count, int[] steps) {
    public LossSeries {
        if (count < 0 || losses.size() < count || steps != null && steps.length < count) {
            throw new IllegalArgumentException("loss series has fewer values than its count");
        }
        if (Argb.alpha(argb) == 0) {
            throw new IllegalArgumentException("series colour must not be transparent");
        }
    }

    /** The loss at every step 0 .. count − 1. */
    public LossSeries(String key, String label, int argb, Column losses, int count) {
        this(key, label, argb, losses, count, null);
    }

    /** The loss at every step 0 .. count − 1, from an array that must not change afterwards. */
    public LossSeries(String key, String label, int argb, double[] losses, int count) {
        this(key, label, argb, Column.of(losses), count, null);
    }

    /** Losses at some steps, from arrays the series may keep: they must not change afterwards. */
    public LossSeries(String key, String label, int argb, double[] losses, int count, int[] steps) {
        this(key, label, argb, Column.of(losses), count, steps);
    }

    /** The step of value i. */
    public int stepAt(int i) {
        return steps == null ? i : steps[i];
    }

    /** The step of the last value, or −1 when there is none. */
    public int lastStep() {
        return count == 0 ? -1 : stepAt(count - 1);
    }

    /** Only the values of steps 0 .. points − 1, for animation frames. */
    public LossSeries upTo(int points) {
        if (steps == null) {
            return new LossSeries(key, label, argb, losses, Math.max(0, Math.min(count, points)), null);
        }
        int kept = 0;
        while (kept < count && steps[kept] < points) {
            kept++;
        }
        return new LossSeries(key, label, argb, losses, kept, steps);
    }
}
