package org.optiviz.ui.model;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The play speed in steps per second, on the animation timer: each frame earns speed × frame time steps, and below
 * one step per frame the fraction is kept, so 2 steps/s takes a step every 30th frame at 60 Hz.
 */
public final class PlaySpeed {
    /** From one step per second to 1,000 steps in every frame at 60 Hz. */
    public static final double MIN = 1;
    public static final double MAX = 60_000;
    public static final double DEFAULT = 120;
    /** A longer pause between frames (a busy machine) is played as this long, so the race never leaps. */
    static final double LONGEST_FRAME_SECONDS = 0.1;

    private final ReadOnlyDoubleWrapper stepsPerSecond = new ReadOnlyDoubleWrapper(this, "stepsPerSecond", DEFAULT);
    /** Steps earned by the play time so far but not taken yet. */
    private double pending;
    private boolean started;

    public ReadOnlyDoubleProperty property() {
        return stepsPerSecond.getReadOnlyProperty();
    }

    public double get() {
        return stepsPerSecond.get();
    }

    public void set(double value) {
        if (!(value >= MIN && value <= MAX)) {
            throw new IllegalArgumentException("speed must be within 1 to " + (long) MAX
                    + " steps per second, got " + value);
        }
        stepsPerSecond.set(value);
    }

    /**
     * The whole steps a frame that came this long after the previous one has earned. The first frame after playing
     * starts steps at once rather than after a whole interval (the count starts just under one, so a whole number
     * of steps per frame stays exactly that); while paused nothing is owed.
     */
    int stepsFor(double seconds, boolean playing) {
        if (!playing) {
            pending = 0;
            started = false;
            return 0;
        }
        if (!started) {
            pending = 1 - 1e-6;
            started = true;
        }
        pending += stepsPerSecond.get() * Math.max(0, Math.min(seconds, LONGEST_FRAME_SECONDS));
        int whole = (int) Math.floor(pending);
        pending -= whole;
        return whole;
    }
}
