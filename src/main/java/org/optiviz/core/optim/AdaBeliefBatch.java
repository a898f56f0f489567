package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AdaBelief} for many runs: the second moment tracks (g − m)², the gradient's spread around its mean. */
final class AdaBeliefBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final FirstMomentBatch m = new FirstMomentBatch(n);
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] beta2Power = new double[n];

    AdaBeliefBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        m.reset(from, to);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        ones(beta2Power, from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        m.update(beta1, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double b2 = beta2[i];
            double e = eps[i];
            double ex = gx[i] - m.x[i];
            double ey = gy[i] - m.y[i];
            sx[i] = b2 * sx[i] + (1 - b2) * ex * ex + e;
            sy[i] = b2 * sy[i] + (1 - b2) * ey * ey + e;
            double correction1 = m.correction[i];
            beta2Power[i] *= b2;
            double correction2 = 1 - beta2Power[i];
            double stepX = lr[i] / (Math.sqrt(sx[i] / correction2) + e);
            double stepY = lr[i] / (Math.sqrt(sy[i] / correction2) + e);
            x[i] -= stepX * (m.x[i] / correction1);
            y[i] -= stepY * (m.y[i] / correction1);
        }
    }
}
