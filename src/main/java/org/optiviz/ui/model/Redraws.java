package org.optiviz.ui.model;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counters the views watch to redraw only what changed: the paths (every change, steps included), path rewrites
 * (restarts, replays, visibility, colours, view: not plain steps, which only append points) and the contour
 * background (surface, view). While held, path rewrites are not counted one by one: whoever holds counts once.
 */
public final class Redraws {
    final ReadOnlyIntegerWrapper paths = new ReadOnlyIntegerWrapper(this, "pathsVersion");
    final ReadOnlyIntegerWrapper rewrites = new ReadOnlyIntegerWrapper(this, "rewriteVersion");
    final ReadOnlyIntegerWrapper background = new ReadOnlyIntegerWrapper(this, "backgroundVersion");
    private boolean held;

    /** Counts changes to anything drawn in the trajectory layer (paths, visibility, colours, view). */
    public ReadOnlyIntegerProperty pathsVersionProperty() {
        return paths.getReadOnlyProperty();
    }

    /**
     * Counts the changes to the trajectory layer that are not plain steps (which only append points): restarts,
     * replays, visibility, colours, view. A view may keep what it drew of the paths until this changes.
     */
    public ReadOnlyIntegerProperty rewriteVersionProperty() {
        return rewrites.getReadOnlyProperty();
    }

    /** Counts changes to the cached contour background (surface, view). */
    public ReadOnlyIntegerProperty backgroundVersionProperty() {
        return background.getReadOnlyProperty();
    }

    /** Points were appended to the paths. */
    void pathsExtended() {
        paths.set(paths.get() + 1);
    }

    /** The paths must be drawn anew. */
    void pathsRewritten() {
        if (!held) {
            rewrites.set(rewrites.get() + 1);
            paths.set(paths.get() + 1);
        }
    }

    void backgroundChanged() {
        background.set(background.get() + 1);
    }

    /** Runs the change without counting path rewrites along the way. */
    void holding(Runnable change) {
        held = true;
        try {
            change.run();
        } finally {
            held = false;
        }
    }
}
