package org.optiviz.core.batch;

import java.util.Objects;
import org.optiviz.core.optim.BatchRule;
import org.optiviz.core.optim.LaneSettings;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Many runs of one optimizer on one problem: each from its own start with its own settings, all for the same number
 * of steps, on the same surface with the same noise (and, for a data model, the same minibatches) as a race with that
 * surface, noise σ and seed. Each run is the run a race would make from that start with those settings.
 *
 * @param settleTolerance a run has settled once no later step moves it more than this, relative to its position:
 *                        |Δx| + |Δy| ≤ tolerance·(1 + |x| + |y|)
 */
public record BatchJob(Surface surface, double noiseSigma, long noiseSeed, LaneSettings settings, double[] startX,
                       double[] startY, int steps, double settleTolerance) {
    /** The default settle tolerance: steps below a millionth of the position's scale. */
    public static final double DEFAULT_SETTLE_TOLERANCE = 1e-6;
    /** Slots of per-run bookkeeping the engine keeps beside the rule's own state. */
    private static final int ENGINE_DOUBLES = 12;

    public BatchJob {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(settings, "settings");
        if (startX.length != settings.size() || startY.length != settings.size()) {
            throw new IllegalArgumentException("one start per run: " + settings.size() + " runs, " + startX.length
                    + " and " + startY.length + " coordinates");
        }
        for (int i = 0; i < startX.length; i++) {
            Run.checkStart(new Point(startX[i], startY[i]));
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        if (!(settleTolerance >= 0)) {
            throw new IllegalArgumentException("the settle tolerance must be ≥ 0, got " + settleTolerance);
        }
    }

    /** Runs from these starts, all with the same settings. */
    public static BatchJob ofStarts(Surface surface, double noiseSigma, long noiseSeed, OptimizerKind kind,
                                    Hyperparams settings, double[] startX, double[] startY, int steps) {
        return new BatchJob(surface, noiseSigma, noiseSeed, LaneSettings.shared(kind, settings, startX.length),
                startX, startY, steps, DEFAULT_SETTLE_TOLERANCE);
    }

    /** Runs from one start, each with its own settings. */
    public static BatchJob ofSettings(Surface surface, double noiseSigma, long noiseSeed, OptimizerKind kind,
                                      Hyperparams[] settings, Point start, int steps) {
        double[] xs = new double[settings.length];
        double[] ys = new double[settings.length];
        java.util.Arrays.fill(xs, start.x());
        java.util.Arrays.fill(ys, start.y());
        return new BatchJob(surface, noiseSigma, noiseSeed, new LaneSettings(kind, settings), xs, ys, steps,
                DEFAULT_SETTLE_TOLERANCE);
    }

    public BatchJob withSettleTolerance(double tolerance) {
        return new BatchJob(surface, noiseSigma, noiseSeed, settings, startX, startY, steps, tolerance);
    }

    public OptimizerKind kind() {
        return settings.kind();
    }

    public int size() {
        return settings.size();
    }

    /** Steps all runs take together, the unit of progress. */
    public long totalSteps() {
        return (long) size() * steps;
    }

    /** About how many bytes the engine needs for the runs of a job of this kind and size. */
    public static long bytesFor(OptimizerKind kind, long runs) {
        return runs * 8 * (ENGINE_DOUBLES + BatchRule.doublesPerRun(kind));
    }
}
