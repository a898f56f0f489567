package org.optiviz.core.optim;

import java.util.Arrays;

/**
 * Adam's step for many runs with the second moment's update left to the subclass: AdaBelief and Yogi differ only
 * there. θ ← θ − lr·(m/(1−β₁ᵗ))/(√(s/(1−β₂ᵗ)) + eps), in the same order of operations as the single runs.
 */
abstract class SecondMomentBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final double[] beta2Power = new double[n];
    final FirstMomentBatch m = new FirstMomentBatch(n);
    final double[] sx = new double[n];
    final double[] sy = new double[n];

    SecondMomentBatch(LaneSettings settings) {
        super(settings);
    }

    /** Moves run i's second moment (sx[i], sy[i]) with this step's gradient (gx[i], gy[i]) and first moment. */
    abstract void moveSecondMoment(int i, double beta2, double eps);

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
            moveSecondMoment(i, b2, e);
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
