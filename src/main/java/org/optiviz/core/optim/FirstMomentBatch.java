package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link FirstMoment} for many runs: m ← β₁m + (1 − β₁)g and 1 − β₁ᵗ with β₁ᵗ a running product per run. */
final class FirstMomentBatch {
    final double[] x;
    final double[] y;
    private final double[] power;
    /** 1 − β₁ᵗ of the current step, per run. */
    final double[] correction;

    FirstMomentBatch(int n) {
        x = new double[n];
        y = new double[n];
        power = new double[n];
        correction = new double[n];
    }

    void reset(int from, int to) {
        Arrays.fill(x, from, to, 0);
        Arrays.fill(y, from, to, 0);
        BatchRule.ones(power, from, to);
    }

    /** The moments updated with this step's gradient and the correction advanced to this step. */
    void update(double[] beta1, double[] gx, double[] gy, int from, int to) {
        for (int i = from; i < to; i++) {
            double b1 = beta1[i];
            x[i] = b1 * x[i] + (1 - b1) * gx[i];
            y[i] = b1 * y[i] + (1 - b1) * gy[i];
            power[i] *= b1;
            correction[i] = 1 - power[i];
        }
    }
}
