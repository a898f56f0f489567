package org.optiviz.io.scenario;

import java.util.Locale;

/** How the runs are laid out: all on one plot, or one small plot per optimizer sharing the view. */
public enum Layout {
    OVERLAY("overlay"),
    GRID("grid");

    private final String key;

    Layout(String key) {
        this.key = key;
    }

    /** The name used in scenario files. */
    public String key() {
        return key;
    }

    /** The layout with this name, or null. */
    public static Layout byKey(String key) {
        for (Layout layout : values()) {
            if (layout.key.equals(key.toLowerCase(Locale.ROOT))) {
                return layout;
            }
        }
        return null;
    }
}
