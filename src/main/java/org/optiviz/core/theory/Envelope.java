package org.optiviz.core.theory;

import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;

/**
 * Theory's prediction of a run's loss on a quadratic: the gap to the minimum shrinks by ρ(lrₜ)² each step, ρ the
 * rate of the method at that step's learning rate (so a schedule's warm-up and decay are followed), from the gap the
 * run starts with.
 */
public final class Envelope {
    private Envelope() {
    }

    /**
     * Predicted losses at steps 0 .. count − 1: floor + gap₀·Π ρ(lrₖ)², or null when theory does not cover the
     * optimizer.
     */
    public static double[] losses(OptimizerKind kind, Hyperparams settings, QuadraticTheory q, double floor,
                                  double startLoss, int count) {
        if (!ConvergenceRates.covers(kind) || !q.positiveDefinite() || count < 1) {
            return null;
        }
        double[] out = new double[count];
        double gap = startLoss - floor;
        out[0] = startLoss;
        double lastLr = Double.NaN;
        double squared = 0;
        for (int t = 1; t < count; t++) {
            double lr = kind.lrAt(settings, t);
            if (lr != lastLr) {
                double rate = ConvergenceRates.rate(kind, settings.with("lr", lr), q);
                squared = rate * rate;
                lastLr = lr;
            }
            gap *= squared;
            out[t] = floor + gap;
        }
        return out;
    }
}
