package org.optiviz.core.race;

/** Where a run stands after its latest step. */
public enum RunStatus {
    RUNNING,
    /** The last step barely moved and the gradient is nearly zero; stepping goes on (noise may move it again). */
    CONVERGED,
    /** A step produced a non-finite or huge point or loss; the run stops for good. */
    DIVERGED
}
