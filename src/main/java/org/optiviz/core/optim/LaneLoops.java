package org.optiviz.core.optim;

import java.util.Arrays;

/**
 * The loops the batch rules are built from, one coordinate at a time over a range of runs. Java 17's JIT turns a loop
 * into vector instructions only when its body is small and it stores to one array, so a rule's step is a sequence of
 * these rather than one loop doing everything: the arrays of a chunk stay in the cache between them. Each computes
 * its expression exactly as the single-run rule does, so the points stay bit for bit the same.
 */
final class LaneLoops {
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
