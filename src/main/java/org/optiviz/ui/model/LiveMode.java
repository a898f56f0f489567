package org.optiviz.ui.model;

/** What a hyperparameter change does to a run that has already taken steps. */
public enum LiveMode {
    /** Re-run the path from the start up to the current step with the new value, so the whole path morphs. */
    REPLAY,
    /** Keep the optimizer's state and apply the new value from the next step on. */
    CONTINUE
}
