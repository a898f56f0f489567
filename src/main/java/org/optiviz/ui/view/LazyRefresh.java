package org.optiviz.ui.view;

import javafx.application.Platform;

/**
 * Coalesces changes into one refresh on the next pulse, and none while the view is not shown (a tab in the
 * background): a race that moves every frame costs a hidden card nothing.
 */
final class LazyRefresh {
    private final Runnable refresh;
    private boolean dirty = true;
    private boolean scheduled;
    private boolean shown;

    LazyRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Something the view shows changed. */
    void invalidate() {
        dirty = true;
        if (shown && !scheduled) {
            scheduled = true;
            Platform.runLater(this::runIfDirty);
        }
    }

    /** Whether the view is on screen; showing it brings it up to date. */
    void setShown(boolean on) {
        shown = on;
        if (on) {
            runIfDirty();
        }
    }

    /** Refreshes now if anything changed since the last refresh. */
    void runIfDirty() {
        scheduled = false;
        if (dirty && shown) {
            dirty = false;
            refresh.run();
        }
    }
}
