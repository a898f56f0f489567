package org.optiviz.core.optim;

/** {@link Yogi} for many runs: the second moment moves additively towards g². */
final class YogiBatch extends SecondMomentBatch {
    YogiBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    void moveSecondMoment(int i, double b2, double e) {
        double gx2 = gx[i] * gx[i];
        double gy2 = gy[i] * gy[i];
        sx[i] += (1 - b2) * Math.signum(gx2 - sx[i]) * gx2;
        sy[i] += (1 - b2) * Math.signum(gy2 - sy[i]) * gy2;
    }
}
