package org.optiviz.plot;

import org.optiviz.core.race.Column;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.plot.draw.Argb;

/**
 * What the plot shows of one run: its name and colour and the first {@code count} points of its path.
 * The coordinates are the run's recorded ones, shared (no copy, so building one per frame is free) and fixed as
 * they were when the trace was made.
 *
 * @param key        stable identifier (the optimizer key), written into SVG as data-key
 * @param label      the name shown in the legend
 * @param argb       the path colour
 * @param divergedAt the step at which the run diverged, or −1; a diverged run ends in a ✕ with a label
 * @param dash       the path's dash pattern, on and off lengths in multiples of the line width; empty for solid
 */
public record RunTrace(String key, String label, int argb, Column xs, Column ys, int count, long divergedAt,
                       double[] dash) {
    public RunTrace {
        if (count < 0 || xs.size() < count || ys.size() < count) {
            throw new IllegalArgumentException("run trace has fewer coordinates than its count");
        }
        if (Argb.alpha(argb) == 0) {
            throw new IllegalArgumentException("run colour must not be transparent");
        }
        for (double length : dash) {
            if (!(length > 0) || !Double.isFinite(length)) {
                throw new IllegalArgumentException("dash lengths must be positive");
            }
        }
    }

    /** A solid path. */
    public RunTrace(String key, String label, int argb, Column xs, Column ys, int count, long divergedAt) {
        this(key, label, argb, xs, ys, count, divergedAt, new double[0]);
    }

    /** A solid path through fixed arrays, which must not change afterwards. */
    public RunTrace(String key, String label, int argb, double[] xs, double[] ys, int count, long divergedAt) {
        this(key, label, argb, Column.of(xs), Column.of(ys), count, divergedAt);
    }

    /** The whole recorded path of a run, in the optimizer's palette colour, named after the optimizer. */
    public static RunTrace of(Run run) {
        return of(run, run.kind().displayName(), Palette.color(run.kind()));
    }

    /** The whole recorded path of a run with the given name and colour, dashed as the palette says. */
    public static RunTrace of(Run run, String label, int argb) {
        return of(run, run.kind().key(), label, argb);
    }

    /** As {@link #of(Run, String, int)}, keyed as one of several runs of its kind ("adasmooth-2"). */
    public static RunTrace of(Run run, String key, String label, int argb) {
        var t = run.trajectory();
        long diverged = run.status() == RunStatus.DIVERGED ? run.divergedAt() : -1;
        return new RunTrace(key, label, argb, t.xs(), t.ys(), t.size(), diverged,
                Palette.dash(run.kind()));
    }

    /** The same run's look (key, label, colour, dash) with other points. */
    public RunTrace withPoints(Column xs, Column ys, int count, long divergedAt) {
        return new RunTrace(key, label, argb, xs, ys, count, divergedAt, dash);
    }

    public boolean dashed() {
        return dash.length > 0;
    }

    /**
     * Only the first {@code points} points (step 0 .. points − 1), for animation frames; a run is shown as
     * diverged only once all its points are shown.
     */
    public RunTrace upTo(int points) {
        int n = Math.max(0, Math.min(count, points));
        return withPoints(xs, ys, n, n == count ? divergedAt : -1);
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }
}
