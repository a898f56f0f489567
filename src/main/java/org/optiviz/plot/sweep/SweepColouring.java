package org.optiviz.plot.sweep;

import java.util.Locale;

/** What a sweep heat map colours each cell by. */
public enum SweepColouring {
    /** The final loss above the floor, on a log scale. */
    LOSS("loss"),
    /** The steps the run took to settle (to the batch engine's settle tolerance); grey when it never did. */
    STEPS("steps");

    private final String key;

    SweepColouring(String key) {
        this.key = key;
    }

    /** The name in scenario files. */
    public String key() {
        return key;
    }

    /** The colouring with this name (any case), or null. */
    public static SweepColouring byKey(String key) {
        for (SweepColouring c : values()) {
            if (c.key.equals(key.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
