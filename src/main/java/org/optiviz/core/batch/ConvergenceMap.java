package org.optiviz.core.batch;

import java.util.function.BooleanSupplier;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Surface;

/**
 * Where one optimizer ends up from every start of a grid over a view: the batch of runs from the grid's starts with one
 * optimizer's settings, and the basin each run ended in.
 */
public record ConvergenceMap(OptimizerKind kind, Hyperparams settings, StartGrid grid, int steps, BatchResult result,
                             Basins basins) {

    /**
     * Runs the optimizer from every start of the grid for this many steps, on the surface with this noise.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true before the end
     */
    public static ConvergenceMap compute(Surface surface, double noiseSigma, long noiseSeed, OptimizerKind kind,
                                         Hyperparams settings, StartGrid grid, int steps, double settleTolerance,
                                         int threads, BooleanSupplier cancelled, BatchProgress progress) {
        BatchJob job = BatchJob.ofStarts(surface, noiseSigma, noiseSeed, kind, settings, grid.xs(), grid.ys(), steps)
                .withSettleTolerance(settleTolerance);
        BatchResult result = BatchEngine.run(job, threads, cancelled, progress);
        return new ConvergenceMap(kind, settings, grid, steps, result, Basins.of(result, surface.minima(),
                grid.view()));
    }

    /** The run started in cell (i, j). */
    public int run(int i, int j) {
        return j * grid.cols() + i;
    }
}
