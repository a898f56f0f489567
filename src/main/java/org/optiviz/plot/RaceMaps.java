package org.optiviz.plot;

import java.util.function.BooleanSupplier;
import org.optiviz.core.batch.BatchJob;
import org.optiviz.core.batch.BatchProgress;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.batch.StartGrid;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * The convergence maps the map layout shows for a race: for each shown optimizer, where it ends from every start of a
 * square grid over the view, with the race's settings, noise and step limit. The window and the exports of a map
 * scenario both compute them here, so they show the same maps.
 */
public final class RaceMaps {
    /** Starts a side of the window's first, quick pass. */
    public static final int COARSE = 32;
    /** Starts a side of the maps the window refines to and the exports draw. */
    public static final int FINE = 256;
    /** The longest run a map steps, whatever the race's step limit: keeps a refinement to about a second a map. */
    public static final int MAX_STEPS = 2000;

    /** What a map depends on besides the optimizer: the problem, its noise, the view and the race's step limit. */
    public record Problem(Surface surface, double noiseSigma, long noiseSeed, ViewBox view, long stepLimit) {
        /** The steps each run of a map takes: the race's step limit, at least 1 and at most {@link #MAX_STEPS}. */
        public int steps() {
            return (int) Math.min(MAX_STEPS, Math.max(1, stepLimit));
        }
    }

    private RaceMaps() {
    }

    /**
     * One optimizer's map over a side×side grid of the problem's view, labelled with these words.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true before the end
     */
    public static MapField map(Problem problem, OptimizerKind kind, Hyperparams settings, int side,
                               MapField.Words words, int threads, BooleanSupplier cancelled) {
        ConvergenceMap map = ConvergenceMap.compute(problem.surface(), problem.noiseSigma(), problem.noiseSeed(), kind,
                settings, new StartGrid(problem.view(), side, side), problem.steps(),
                BatchJob.DEFAULT_SETTLE_TOLERANCE, threads, cancelled, BatchProgress.NONE);
        return new MapField(problem.surface(), map, words);
    }
}
