package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link NAdam} for many runs: Adam with Nesterov momentum and the momentum schedule μₜ. */
final class NAdamBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final double[] psi = column("momentum_decay");
    private final boolean psiShared = settings.uniform("momentum_decay");
    private final boolean beta2Shared = settings.uniform("beta2");
    private final double[] mx = new double[n];
    private final double[] my = new double[n];
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] muProduct = new double[n];
    private final double[] beta2Power = new double[n];
    /** 1 − β₂ᵗ, μₜ, μₜ₊₁ and the weights of g and m in this step, per run. */
    private final double[] correction2 = new double[n];
    private final double[] mu = new double[n];
    private final double[] muNext = new double[n];
    private final double[] gradientWeight = new double[n];
    private final double[] momentumWeight = new double[n];
    /** √(s/(1 − β₂ᵗ)) + eps of one coordinate, per run. */
    private final double[] denominator = new double[n];

    NAdamBatch(LaneSettings settings) {
        super(settings);
    }

    @Override
    public void reset(int from, int to) {
        Arrays.fill(mx, from, to, 0);
        Arrays.fill(my, from, to, 0);
        Arrays.fill(sx, from, to, 0);
        Arrays.fill(sy, from, to, 0);
        ones(muProduct, from, to);
        ones(beta2Power, from, to);
    }

    @Override
    public void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                     int from, int to) {
        objective.gradients(x, y, t, gx, gy, from, to);
        if (psiShared && from < to) {
            // 0.96^(tψ) depends on the run only through ψ: once per step when every run shares it.
            LaneLoops.momentumSchedule(mu, beta1, Math.pow(0.96, t * psi[from]), from, to);
            LaneLoops.momentumSchedule(muNext, beta1, Math.pow(0.96, (t + 1) * psi[from]), from, to);
        } else {
            for (int i = from; i < to; i++) {
                mu[i] = beta1[i] * (1 - 0.5 * Math.pow(0.96, t * psi[i]));
                muNext[i] = beta1[i] * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi[i]));
            }
        }
        LaneLoops.multiply(muProduct, mu, from, to);
        LaneLoops.nadamGradientWeight(gradientWeight, lr, mu, muProduct, from, to);
        LaneLoops.nadamMomentumWeight(momentumWeight, lr, muNext, muProduct, from, to);
        LaneLoops.average(mx, gx, beta1, from, to);
        LaneLoops.average(my, gy, beta1, from, to);
        LaneLoops.averageSquare(sx, gx, beta2, from, to);
        LaneLoops.averageSquare(sy, gy, beta2, from, to);
        LaneLoops.advancePower(beta2, beta2Shared, beta2Power, correction2, from, to);
        LaneLoops.nadamDenominator(denominator, sx, correction2, eps, from, to);
        LaneLoops.nadamMove(x, gx, mx, denominator, gradientWeight, momentumWeight, from, to);
        LaneLoops.nadamDenominator(denominator, sy, correction2, eps, from, to);
        LaneLoops.nadamMove(y, gy, my, denominator, gradientWeight, momentumWeight, from, to);
    }
}
