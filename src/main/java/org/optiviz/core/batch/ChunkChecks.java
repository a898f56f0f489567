package org.optiviz.core.batch;

import org.optiviz.core.race.Run;

/**
 * The bookkeeping of a batch step as loops without branches over a chunk of runs, so that the JIT turns each into
 * vector instructions: which runs moved more than the settle tolerance, and whether any run may have left the bounds.
 * Each loop stores to one array only; larger loop bodies are not vectorised by the JIT of Java 17.
 */
final class ChunkChecks {
    /**
     * Scales a loss into the extent so that every finite loss stays far below the bound: Double.MAX_VALUE·2⁻¹⁰⁰⁰ is
     * about 1.7e7, while an infinite loss stays infinite and a NaN stays NaN.
     */
    private static final double LOSS_SCALE = 0x1p-1000;
    /** 2⁶⁰⁰: applied twice, it lifts the smallest positive double (2⁻¹⁰⁷⁴) above 1. */
    private static final double LIFT = 0x1p600;

    static {
        if (!(Double.MAX_VALUE * LOSS_SCALE < Run.DIVERGENCE_BOUND)) {
            throw new AssertionError("a finite loss could pass for a diverged one");
        }
    }

    private ChunkChecks() {
    }

    /**
     * lastMoved[i] ← t where step t moved run i by more than the tolerance, as the race tests it:
     * |Δx| + |Δy| > tolerance·(1 + |x| + |y|). With finite operands a − b > 0 exactly when a > b (subnormals make the
     * difference of unequal doubles non-zero), and lifting that difference by 2¹²⁰⁰ and clamping it to [0, 1] turns
     * it into 1 or 0 without a branch. Runs that diverged at this step may get any value; it is never read for them.
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
     * extent[i] ← max(|x|, |y|, |f|·2⁻¹⁰⁰⁰): at most {@link Run#DIVERGENCE_BOUND} exactly when the step kept both
     * coordinates within the bound and a finite loss, since Math.max carries a NaN through.
     */
    static void extents(double[] x, double[] y, double[] f, double[] extent, int from, int to) {
        for (int i = from; i < to; i++) {
            extent[i] = Math.max(Math.max(Math.abs(x[i]), Math.abs(y[i])), Math.abs(f[i]) * LOSS_SCALE);
        }
    }

    /** Whether any run of from..to−1 has an extent beyond the bound (or NaN): only then are runs looked at singly. */
    static boolean anyBeyond(double[] extent, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(extent[i] <= Run.DIVERGENCE_BOUND)) {
                return true;
            }
        }
        return false;
    }
}
