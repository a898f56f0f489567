package org.optiviz.core.optim;

import java.util.Arrays;

/** {@link NAdam} for many runs: Adam with Nesterov momentum and the momentum schedule μₜ. */
final class NAdamBatch extends BatchRule {
    private final double[] beta1 = column("beta1");
    private final double[] beta2 = column("beta2");
    private final double[] eps = column("eps");
    private final double[] psi = column("momentum_decay");
    private final boolean psiShared = settings.uniform("momentum_decay");
    private final double[] mx = new double[n];
    private final double[] my = new double[n];
    private final double[] sx = new double[n];
    private final double[] sy = new double[n];
    private final double[] muProduct = new double[n];
    private final double[] beta2Power = new double[n];

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
        // 0.96^(tψ) depends on the run only through ψ: once per step when every run shares it.
        double sharedNow = psiShared && from < to ? Math.pow(0.96, t * psi[from]) : 0;
        double sharedNext = psiShared && from < to ? Math.pow(0.96, (t + 1) * psi[from]) : 0;
        for (int i = from; i < to; i++) {
            double b1 = beta1[i];
            double b2 = beta2[i];
            double e = eps[i];
            double rate = lr[i];
            double mu = b1 * (1 - 0.5 * (psiShared ? sharedNow : Math.pow(0.96, t * psi[i])));
            double muNext = b1 * (1 - 0.5 * (psiShared ? sharedNext : Math.pow(0.96, (t + 1) * psi[i])));
            muProduct[i] *= mu;
            double gX = gx[i];
            double gY = gy[i];
            mx[i] = b1 * mx[i] + (1 - b1) * gX;
            my[i] = b1 * my[i] + (1 - b1) * gY;
            sx[i] = b2 * sx[i] + (1 - b2) * gX * gX;
            sy[i] = b2 * sy[i] + (1 - b2) * gY * gY;
            beta2Power[i] *= b2;
            double correction2 = 1 - beta2Power[i];
            double dx = Math.sqrt(sx[i] / correction2) + e;
            double dy = Math.sqrt(sy[i] / correction2) + e;
            double gradientWeight = rate * (1 - mu) / (1 - muProduct[i]);
            double momentumWeight = rate * muNext / (1 - muProduct[i] * muNext);
            x[i] -= gradientWeight * (gX / dx) + momentumWeight * (mx[i] / dx);
            y[i] -= gradientWeight * (gY / dy) + momentumWeight * (my[i] / dy);
        }
    }
}
