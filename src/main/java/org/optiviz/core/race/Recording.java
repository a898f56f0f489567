package org.optiviz.core.race;

/** How much of its journey a run keeps. */
public enum Recording {
    /** Nothing but the current point: for streaming writers and benchmarks, constant memory in the steps. */
    NONE,
    /**
     * Every point's x, y and loss (about 17 bytes a step on a long run, see {@link LossColumn}): what the window
     * draws. Internals are re-created on demand by replaying the run's settings history (see {@link Run#history()}),
     * since stepping is deterministic.
     */
    PATH,
    /** Every point and the optimizer's internals after each step: for tests and whole-race exports. */
    FULL
}
