package org.optiviz.core.optim;

/** {@link AdaBelief} for many runs: the second moment tracks (g − m)², the gradient's spread around its mean. */
final class AdaBeliefBatch extends SecondMomentBatch {
    AdaBeliefBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    void moveSecondMoments(double[] beta2, double[] eps, int from, int to) {
        LaneLoops.beliefAverage(sx, gx, m.x, beta2, eps, from, to);
        LaneLoops.beliefAverage(sy, gy, m.y, beta2, eps, from, to);
    }
}
