package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link AmsGrad} for many runs: Adam dividing by the largest second moment seen so far. */
final class AmsGradBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final FirstMomentBatch m = new FirstMomentBatch(n);
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] maxX = new double[n];
    private final double[] maxY = new double[n];
    private final double[] beta2Power = new double[n];

    AmsGradBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        m.reset(from, to);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        Arrays.fill(maxX, from, to, 0);
        Arrays.fill(maxY, from, to, 0);
        ones(beta2Power, from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        m.update(beta1, gx, gy, from, to);
        for (int i = from; i < to; i++) {
            double b2 = beta2[i];
            double gX = gx[i];
            double gY = gy[i];
            sx[i] = b2 * sx[i] + (1 - b2) * gX * gX;
            sy[i] = b2 * sy[i] + (1 - b2) * gY * gY;
            maxX[i] = Math.max(maxX[i], sx[i]);
            maxY[i] = Math.max(maxY[i], sy[i]);
            beta2Power[i] *= b2;
            double rootCorrection2 = Math.sqrt(1 - beta2Power[i]);
            double clr = lr[i] / m.correction[i];
            double dx = Math.sqrt(maxX[i]) / rootCorrection2 + eps[i];
            double dy = Math.sqrt(maxY[i]) / rootCorrection2 + eps[i];
            x[i] -= clr * (m.x[i] / dx);
            y[i] -= clr * (m.y[i] / dy);
        }
    }
}
