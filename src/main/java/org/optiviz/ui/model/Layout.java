package org.optiviz.ui.model;

/** How the runs share the plot area. */
public enum Layout {
    /** Every visible optimizer on one plot. */
    OVERLAY,
    /** One small plot per visible optimizer, all with the same view. */
    GRID
}
