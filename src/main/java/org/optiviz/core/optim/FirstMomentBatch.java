package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link FirstMoment} for many runs: m ← β₁m + (1 − β₁)g and 1 − β₁ᵗ with β₁ᵗ a running product per run. */
final class FirstMomentBatch {
    final double[] x;
    final double[] y;
    private final double[] power;
    /** 1 − β₁ᵗ of the current step, per run. */
    final double[] correction;

    /** Whether every run has the same β₁: the power and correction are then worked out once per step. */
    private final boolean shared;

    FirstMomentBatch(LaneSettings settings) {
        int n = settings.size();
        shared = settings.uniform("beta1");
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
        LaneLoops.average(x, gx, beta1, from, to);
        LaneLoops.average(y, gy, beta1, from, to);
        LaneLoops.advancePower(beta1, shared, power, correction, from, to);
    }
}
