package org.optiviz.core.optim;

/** {@link AdaBelief} for many runs: the second moment tracks (g − m)², the gradient's spread around its mean. */
final class AdaBeliefBatch extends SecondMomentBatch {
    AdaBeliefBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    void moveSecondMoment(int i, double b2, double e) {
        double ex = gx[i] - m.x[i];
        double ey = gy[i] - m.y[i];
        sx[i] = b2 * sx[i] + (1 - b2) * ex * ex + e;
        sy[i] = b2 * sy[i] + (1 - b2) * ey * ey + e;
    }
}
