package org.optiviz.core.batch;

import org.optiviz.core.race.Run;

/**
 * The bookkeeping of a batch step as loops without branches over a chunk of runs, so that the JIT turns each into
 * vector instructions: which runs moved more than the settle tolerance, and whether any run may have left the bounds.
 * Each loop stores to one array only; larger loop bodies are not vectorised by the JIT of Java 17.
 */
final class ChunkChecks {
    /** 2⁶⁰⁰: applied twice, it lifts the smallest positive double (2⁻¹⁰⁷⁴) above 1. */
    private static final double LIFT = 0x1p600;

    private ChunkChecks() {
    }

    /**
     * lastMoved[i] ← t where step t moved run i by more than the tolerance, as the race tests it:
     * |Δx| + |Δy| > tolerance·(1 + |x| + |y|). With finite operands a − b > 0 exactly when a > b (subnormals make the
     * difference of unequal doubles non-zero), and lifting that difference by 2¹²⁰⁰ and clamping it to [0, 1] turns
     * it into 1 or 0 without a branch.
     */
    static void markMoves(double[] x, double[] y, double[] oldX, double[] oldY, double[] lastMoved, double t,
                          double tolerance, int from, int to) {
        for (int i = from; i < to; i++) {
            double xi = x[i];
            double yi = y[i];
            double moved = Math.abs(xi - oldX[i]) + Math.abs(yi - oldY[i]);
            double over = moved - tolerance * (1 + Math.abs(xi) + Math.abs(yi));
            double flag = Math.min(1, Math.max(0, over * LIFT * LIFT));
            lastMoved[i] = Math.max(lastMoved[i], flag * t);
        }
    }

    /**
     * Raises the alarm in lastMoved for each run that may have left the bounds: its extent max(|x|, |y|, f − f) is
     * above {@link Run#DIVERGENCE_BOUND} exactly when the step took a coordinate beyond the bound or gave a loss that
     * is not finite (f − f is 0 for a finite loss and NaN otherwise, and Math.max carries a NaN through; no step here
     * makes a subnormal number, which would cost the processor a hundred times more). Then B − extent is at most
     * −1.4e−8, which the lift turns into −∞, so lastMoved[i] becomes −∞ or NaN; for every other run the term adds
     * exactly 0. A run with the alarm up is looked at singly (and its mark reset) before the next step; the mark of a
     * run that diverged is never read.
     */
    static void raiseAlarms(double[] x, double[] y, double[] f, double[] lastMoved, int from, int to) {
        for (int i = from; i < to; i++) {
            double fi = f[i];
            double extent = Math.max(Math.max(Math.abs(x[i]), Math.abs(y[i])), fi - fi);
            lastMoved[i] += Math.min(0, Run.DIVERGENCE_BOUND - extent) * LIFT * LIFT;
        }
    }

    /**
     * Whether {@link #raiseAlarms} raised the alarm for any run of from..to−1. Marks are never negative, so four of them
     * add up to −∞ or NaN exactly when one of them is: one test per four runs.
     */
    static boolean anyAlarm(double[] lastMoved, int from, int to) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            if (!(lastMoved[i] + lastMoved[i + 1] + lastMoved[i + 2] + lastMoved[i + 3] >= 0)) {
                return true;
            }
        }
        for (; i < to; i++) {
            if (!(lastMoved[i] >= 0)) {
                return true;
            }
        }
        return false;
    }
}
