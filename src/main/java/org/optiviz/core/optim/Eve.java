package org.optiviz.core.optim;

import org.optiviz.core.param.Hyperparams;

/**
 * Eve: scales the learning rate by loss feedback. fₜ = max(f(θ) − floor, 1e-12); rₜ = fₜ₋₁/fₜ (r₁ = 1);
 * d ← βd + (1−β)r; v ← γv + (1−γ)(r − d)²; αₜ = lr·σ(k·(d − 1)/√(v + eps)); then an SGD or Adam step with αₜ.
 */
final class Eve extends Optimizer {
    static final int LR = 0;
    static final int BETA = 1;
    static final int GAMMA = 2;
    static final int K = 3;
    static final int EPS = 4;
    static final int BASE = 5;
    static final int BETA1 = 6;
    static final int BETA2 = 7;
    /** Index of "adam" in the base choices. */
    static final double BASE_ADAM = 1;
    private static final double LOSS_FLOOR = 1e-12;
    private final AdamMoments moments = new AdamMoments();
    private double prevLoss;
    private double d;
    private double v;

    Eve() {
        super(5);
    }

    @Override
    public void reset() {
        prevLoss = 0;
        d = 1;
        v = 0;
        moments.reset();
    }

    @Override
    public void step(Hyperparams hp, Objective objective, double[] theta, double loss, long t) {
        double beta = hp.get(BETA);
        double gamma = hp.get(GAMMA);
        double eps = hp.get(EPS);
        double above = Math.max(loss - objective.surface().floor(), LOSS_FLOOR);
        double r = t == 1 ? 1 : prevLoss / above;
        prevLoss = above;
        d = beta * d + (1 - beta) * r;
        double rd = r - d;
        v = gamma * v + (1 - gamma) * rd * rd;
        double alpha = hp.get(LR) * sigmoid(hp.get(K) * (d - 1) / Math.sqrt(v + eps));
        objective.gradient(theta[0], theta[1], t, g);
        if (hp.get(BASE) == BASE_ADAM) {
            moments.step(g[0], g[1], alpha, hp.get(BETA1), hp.get(BETA2), eps, t, theta, internals, 3);
        } else {
            theta[0] -= alpha * g[0];
            theta[1] -= alpha * g[1];
            internals[3] = alpha;
            internals[4] = alpha;
        }
        internals[0] = alpha;
        internals[1] = d;
        internals[2] = r;
    }
}
