package org.optiviz.core.optim;

/** {@link Yogi} for many runs: the second moment moves additively towards g². */
final class YogiBatch extends SecondMomentBatch {
    YogiBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    void moveSecondMoments(double[] beta2, double[] eps, int from, int to) {
        LaneLoops.yogiAverage(sx, gx, beta2, from, to);
        LaneLoops.yogiAverage(sy, gy, beta2, from, to);
    }
}
