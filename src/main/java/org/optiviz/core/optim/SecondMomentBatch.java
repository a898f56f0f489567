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
    /** 1 − β₂ᵗ of the current step, per run. */
    private final double[] correction2 = new double[n];
    private final boolean beta2Shared = settings.uniform("beta2");
    final FirstMomentBatch m = new FirstMomentBatch(settings);
    final double[] sx = new double[n];
    final double[] sy = new double[n];

    SecondMomentBatch(LaneSettings settings) {
        super(settings);
    }

    /** Moves the second moments (sx, sy) of runs from..to−1 with this step's gradient (gx, gy) and first moment. */
    abstract void moveSecondMoments(double[] beta2, double[] eps, int from, int to);

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
        moveSecondMoments(beta2, eps, from, to);
        LaneLoops.advancePower(beta2, beta2Shared, beta2Power, correction2, from, to);
        LaneLoops.correctedMove(x, m.x, sx, lr, eps, m.correction, correction2, from, to);
        LaneLoops.correctedMove(y, m.y, sy, lr, eps, m.correction, correction2, from, to);
    }
}
