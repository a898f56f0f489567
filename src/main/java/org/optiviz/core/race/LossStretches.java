package org.optiviz.core.race;

/** A loss column that answers for a stretch of steps at once, without visiting every step of a long run. */
public interface LossStretches {
    /**
     * Over steps from (inclusive) to to (exclusive): {the first finite loss, the lowest, the highest}, or {NaN, +∞,
     * −∞} when none is finite. Where the stretch starts or ends inside a block of {@link LossColumn#BLOCK} steps
     * whose losses are no longer kept one by one, that whole block counts: the answer then covers up to
     * BLOCK − 1 steps beyond each end, never fewer than asked.
     */
    double[] stretch(int from, int to);
}
