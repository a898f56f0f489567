package org.optiviz.ui.model;

import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Playing, pausing and stepping a {@link DerivedRace}: the step limit at which playing stops, and the
 * rule that playing ends when every run has diverged.
 */
final class Transport {
    final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    final ReadOnlyLongWrapper stepLimit = new ReadOnlyLongWrapper(this, "stepLimit",
            MainViewModel.DEFAULT_STEP_LIMIT);
    private final DerivedRace race;
    private final Runnable stepped;
    private final BooleanSupplier allDiverged;

    /**
     * @param stepped     told after the runs moved
     * @param allDiverged whether every run has diverged (read after each move)
     */
    Transport(DerivedRace race, Runnable stepped, BooleanSupplier allDiverged) {
        this.race = race;
        this.stepped = stepped;
        this.allDiverged = allDiverged;
    }

    void setPlaying(boolean play) {
        playing.set(play && race.step.get() < stepLimit.get());
    }

    void setStepLimit(long limit) {
        if (limit < 1 || limit > MainViewModel.MAX_STEP_LIMIT) {
            throw new IllegalArgumentException("step limit " + limit + " is outside 1.."
                    + MainViewModel.MAX_STEP_LIMIT);
        }
        stepLimit.set(limit);
        if (race.step.get() > limit) {
            race.replayAllTo(limit);
        }
    }

    /**
     * Takes up to n steps, never past the step limit; stops playing at the limit or when every run diverged. While
     * a replay is computed in the background nothing moves (the paths would not match the settings).
     */
    boolean stepBy(int n) {
        long room = stepLimit.get() - race.step.get();
        int count = (int) Math.min(n, room);
        if (count <= 0) {
            playing.set(false);
            return false;
        }
        if (!race.step(count, stepLimit.get())) {
            return false;
        }
        stepped.run();
        if (race.step.get() >= stepLimit.get() || allDiverged.getAsBoolean()) {
            playing.set(false);
        }
        return true;
    }
}
