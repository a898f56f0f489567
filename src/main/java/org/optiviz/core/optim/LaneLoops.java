package org.optiviz.core.optim;

import java.util.Arrays;

/**
 * The loops the batch rules are built from, one coordinate at a time over a range of runs. Java 17's JIT turns a loop
 * into vector instructions only when its body is small and it stores to one array, so a rule's step is a sequence of
 * these rather than one loop doing everything: the arrays of a chunk stay in the cache between them. Each computes
 * its expression exactly as the single-run rule does, so the points stay bit for bit the same.
 */
final class LaneLoops {
    /** 2⁶⁰⁰: applied twice, it lifts the smallest positive double (2⁻¹⁰⁷⁴) above 1. */
    private static final double LIFT = 0x1p600;

    private LaneLoops() {
    }

    /** m ← β·m + (1 − β)·g, each run with its own β. */
    static void average(double[] m, double[] g, double[] beta, int from, int to) {
        for (int i = from; i < to; i++) {
            double b = beta[i];
            m[i] = b * m[i] + (1 - b) * g[i];
        }
    }

    /** s ← β·s + (1 − β)·g·g, each run with its own β. */
    static void averageSquare(double[] s, double[] g, double[] beta, int from, int to) {
        for (int i = from; i < to; i++) {
            double b = beta[i];
            double gi = g[i];
            s[i] = b * s[i] + (1 - b) * gi * gi;
        }
    }

    /** m ← β·m + (1 − β)·g with one β for every run. */
    static void average(double[] m, double[] g, double b, int from, int to) {
        for (int i = from; i < to; i++) {
            m[i] = b * m[i] + (1 - b) * g[i];
        }
    }

    /** s ← β·s + (1 − β)·g·g with one β for every run. */
    static void averageSquare(double[] s, double[] g, double b, int from, int to) {
        for (int i = from; i < to; i++) {
            double gi = g[i];
            s[i] = b * s[i] + (1 - b) * gi * gi;
        }
    }

    /** {@link #adamMove} with one lr, eps and pair of corrections for every run. */
    static void adamMove(double[] theta, double[] m, double[] s, double lr, double eps, double inv1, double inv2,
                         int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr / (Math.sqrt(s[i] * inv2) + eps) * (m[i] * inv1);
        }
    }

    /** θ ← θ − lr·g. */
    static void descend(double[] theta, double[] g, double[] lr, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] * g[i];
        }
    }

    /** θ ← θ + v. */
    static void add(double[] theta, double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] += v[i];
        }
    }

    /** v ← μ·v − lr·g: the heavy ball's velocity. */
    static void velocity(double[] v, double[] g, double[] mu, double[] lr, int from, int to) {
        for (int i = from; i < to; i++) {
            v[i] = mu[i] * v[i] - lr[i] * g[i];
        }
    }

    /** θ ← θ − (lr/(√(s·c₂) + eps))·(m·c₁): Adam's move with the inverse bias corrections c₁, c₂ of each run. */
    static void adamMove(double[] theta, double[] m, double[] s, double[] lr, double[] eps, double[] inv1,
                         double[] inv2, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] / (Math.sqrt(s[i] * inv2[i]) + eps[i]) * (m[i] * inv1[i]);
        }
    }

    /** out ← θ + μ·v: NAG's look-ahead point. */
    static void ahead(double[] out, double[] theta, double[] mu, double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = theta[i] + mu[i] * v[i];
        }
    }

    /** θ ← θ·(1 − lr·λ): AdamW's decoupled weight decay. */
    static void shrink(double[] theta, double[] lr, double[] decay, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] *= 1 - lr[i] * decay[i];
        }
    }

    /** r ← r + g·g: AdaGrad's sum of squares. */
    static void accumulateSquare(double[] r, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            double gi = g[i];
            r[i] += gi * gi;
        }
    }

    /** θ ← θ − (lr/(eps + √r))·g: AdaGrad's move. */
    static void adaGradMove(double[] theta, double[] g, double[] r, double[] lr, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] / (eps[i] + Math.sqrt(r[i])) * g[i];
        }
    }

    /** θ ← θ − (lr/√(eps + r))·g: RMSProp's move. */
    static void rmsPropMove(double[] theta, double[] g, double[] r, double[] lr, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] / Math.sqrt(eps[i] + r[i]) * g[i];
        }
    }

    /** out ← (√(eps + d)/√(eps + r))·g: AdaDelta's scaled gradient. */
    static void adaDeltaScaled(double[] out, double[] g, double[] d, double[] r, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            double e = eps[i];
            out[i] = Math.sqrt(e + d[i]) / Math.sqrt(e + r[i]) * g[i];
        }
    }

    /** θ ← θ − lr·((1 − ν)·g + ν·b): QHM's move. */
    static void qhmMove(double[] theta, double[] g, double[] b, double[] lr, double[] nu, int from, int to) {
        for (int i = from; i < to; i++) {
            double weight = nu[i];
            theta[i] -= lr[i] * ((1 - weight) * g[i] + weight * b[i]);
        }
    }

    /** θ ← θ − lr·(sign(β₁·m + (1 − β₁)·g) + λ·θ): Lion's move. */
    static void lionMove(double[] theta, double[] m, double[] g, double[] beta1, double[] lr, double[] decay,
                         int from, int to) {
        for (int i = from; i < to; i++) {
            double b1 = beta1[i];
            double c = b1 * m[i] + (1 - b1) * g[i];
            theta[i] -= lr[i] * (sign(c) + decay[i] * theta[i]);
        }
    }

    /** θ ← θ − (lr/(√(s/c₂) + eps))·(m/c₁): the move of AdaBelief and Yogi with the bias corrections c₁, c₂. */
    static void correctedMove(double[] theta, double[] m, double[] s, double[] lr, double[] eps, double[] c1,
                              double[] c2, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] / (Math.sqrt(s[i] / c2[i]) + eps[i]) * (m[i] / c1[i]);
        }
    }

    /** u ← max(β₂·u, |g| + eps): Adamax's running maximum. */
    static void adamaxNorm(double[] u, double[] g, double[] beta2, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            u[i] = Math.max(beta2[i] * u[i], Math.abs(g[i]) + eps[i]);
        }
    }

    /** θ ← θ − (lr/c₁)·(m/u): Adamax's move. */
    static void adamaxMove(double[] theta, double[] m, double[] u, double[] lr, double[] c1, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= lr[i] / c1[i] * (m[i] / u[i]);
        }
    }

    /** top ← max(top, s): AMSGrad's largest second moment. */
    static void runningMax(double[] top, double[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            top[i] = Math.max(top[i], s[i]);
        }
    }

    /** θ ← θ − (lr/c₁)·(m/(√top/√c₂ + eps)): AMSGrad's move. */
    static void amsGradMove(double[] theta, double[] m, double[] top, double[] lr, double[] eps, double[] c1,
                            double[] c2, int from, int to) {
        for (int i = from; i < to; i++) {
            double d = Math.sqrt(top[i]) / Math.sqrt(c2[i]) + eps[i];
            theta[i] -= lr[i] / c1[i] * (m[i] / d);
        }
    }

    /** s ← β₂·s + (1 − β₂)·(g − m)² + eps: AdaBelief's second moment. */
    static void beliefAverage(double[] s, double[] g, double[] m, double[] beta2, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            double b2 = beta2[i];
            double e = g[i] - m[i];
            s[i] = b2 * s[i] + (1 - b2) * e * e + eps[i];
        }
    }

    /** s ← s + (1 − β₂)·sign(g² − s)·g²: Yogi's second moment. */
    static void yogiAverage(double[] s, double[] g, double[] beta2, int from, int to) {
        for (int i = from; i < to; i++) {
            double g2 = g[i] * g[i];
            s[i] += (1 - beta2[i]) * sign(g2 - s[i]) * g2;
        }
    }

    /** μ ← β₁·(1 − ½·p) with p = 0.96^(tψ) shared by the runs: NAdam's momentum schedule. */
    static void momentumSchedule(double[] mu, double[] beta1, double p, int from, int to) {
        for (int i = from; i < to; i++) {
            mu[i] = beta1[i] * (1 - 0.5 * p);
        }
    }

    /** product ← product·factor. */
    static void multiply(double[] product, double[] factor, int from, int to) {
        for (int i = from; i < to; i++) {
            product[i] *= factor[i];
        }
    }

    /** w ← lr·(1 − μₜ)/(1 − Πμ): NAdam's weight of the gradient. */
    static void nadamGradientWeight(double[] w, double[] lr, double[] mu, double[] muProduct, int from, int to) {
        for (int i = from; i < to; i++) {
            w[i] = lr[i] * (1 - mu[i]) / (1 - muProduct[i]);
        }
    }

    /** w ← lr·μₜ₊₁/(1 − Πμ·μₜ₊₁): NAdam's weight of the momentum. */
    static void nadamMomentumWeight(double[] w, double[] lr, double[] muNext, double[] muProduct, int from, int to) {
        for (int i = from; i < to; i++) {
            w[i] = lr[i] * muNext[i] / (1 - muProduct[i] * muNext[i]);
        }
    }

    /** d ← √(s/c₂) + eps: the denominator of NAdam's move. */
    static void nadamDenominator(double[] d, double[] s, double[] c2, double[] eps, int from, int to) {
        for (int i = from; i < to; i++) {
            d[i] = Math.sqrt(s[i] / c2[i]) + eps[i];
        }
    }

    /** θ ← θ − (w_g·(g/d) + w_m·(m/d)): NAdam's move. */
    static void nadamMove(double[] theta, double[] g, double[] m, double[] d, double[] gradientWeight,
                          double[] momentumWeight, int from, int to) {
        for (int i = from; i < to; i++) {
            double di = d[i];
            theta[i] -= gradientWeight[i] * (g[i] / di) + momentumWeight[i] * (m[i] / di);
        }
    }

    /** θ ← θ − (m/c₁)·lr: RAdam's momentum step while the adaptive step is not yet tractable. */
    static void momentumMove(double[] theta, double[] m, double[] c1, double[] lr, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= m[i] / c1[i] * lr[i];
        }
    }

    /** θ ← θ − (m/c₁)·(lr·r·√c₂/(√s + eps)), with the rectification r and √c₂ shared by the runs: RAdam's move. */
    static void rectifiedMove(double[] theta, double[] m, double[] s, double[] c1, double[] lr, double[] eps,
                              double rect, double rootCorrection2, int from, int to) {
        for (int i = from; i < to; i++) {
            theta[i] -= m[i] / c1[i] * (lr[i] * rect * rootCorrection2 / (Math.sqrt(s[i]) + eps[i]));
        }
    }

    /**
     * Math.signum(v) bit for bit (±1, ±0 with v's sign, NaN), from operations the JIT vectorises: 2¹²⁰⁰·v is at least
     * 1 in size for every non-zero v, keeps the sign of a zero and the NaN, and clamping it to [−1, 1] does the rest.
     */
    static double sign(double v) {
        return Math.min(1, Math.max(-1, v * LIFT * LIFT));
    }

    /** βᵗ ← βᵗ⁻¹·β and correction ← 1 − βᵗ for each run; once and copied when every run shares β. */
    static void advancePower(double[] beta, boolean shared, double[] power, double[] correction, int from, int to) {
        if (from >= to) {
            return;
        }
        if (shared) {
            double p = power[from] * beta[from];
            Arrays.fill(power, from, to, p);
            Arrays.fill(correction, from, to, 1 - p);
            return;
        }
        for (int i = from; i < to; i++) {
            power[i] *= beta[i];
        }
        for (int i = from; i < to; i++) {
            correction[i] = 1 - power[i];
        }
    }
}
