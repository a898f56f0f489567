package org.optiviz.core.optim;

import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.Minibatches;
import org.optiviz.core.surface.Surface;

/**
 * {@link Objective} for many runs at once: the gradient each run sees at step t, with the same minibatch and the same
 * noise z as a single run of that race gets at that step, computed with the same arithmetic. Safe to share between
 * threads that step different runs.
 */
public final class BatchObjective {
    private final Surface surface;
    private final double sigma;
    private final long seed;
    private final Minibatches batches;

    public BatchObjective(Surface surface, double sigma, long seed) {
        Objective single = new Objective(surface, sigma, seed); // the same checks and the same choice of batches
        this.surface = single.surface();
        this.sigma = sigma;
        this.seed = seed;
        this.batches = surface instanceof DataModel model && model.batchSize() < model.data().size()
                ? model.minibatches(seed) : null;
    }

    public Surface surface() {
        return surface;
    }

    /** The gradients of step t at points from..to−1 of px, py into gx, gy (as {@link Objective#gradient}). */
    public void gradients(double[] px, double[] py, long t, double[] gx, double[] gy, int from, int to) {
        if (batches != null) {
            DataModel model = (DataModel) surface;
            double[] out = new double[2];
            for (int i = from; i < to; i++) {
                model.batchGradient(px[i], py[i], batches, t, out);
                gx[i] = out[0];
                gy[i] = out[1];
            }
        } else {
            surface.gradients(px, py, gx, gy, from, to);
        }
        if (sigma > 0) {
            double[] z = new double[2];
            GaussianNoise.pair(seed, t, z);
            double nx = sigma * z[0];
            double ny = sigma * z[1];
            for (int i = from; i < to; i++) {
                gx[i] += nx;
                gy[i] += ny;
            }
        }
    }
}
