package org.optiviz.ui.view;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs updates of figures that change every frame while a race plays at most a few times a second (numbers that
 * change 60 times a second cannot be read anyway, and laying out eighteen labels every frame costs the frame its
 * budget); at once when the race is paused, so a single step or a new start shows immediately.
 */
final class PacedUpdates {
    private static final Duration PERIOD = Duration.millis(100);
    private final BooleanSupplier playing;
    private final Set<Runnable> due = new LinkedHashSet<>();
    private final PauseTransition wait = new PauseTransition(PERIOD);

    PacedUpdates(BooleanSupplier playing) {
        this.playing = playing;
        wait.setOnFinished(e -> flush());
    }

    /** Runs the update now when paused, else within {@link #PERIOD} (once however often it was asked for). */
    void request(Runnable update) {
        if (!playing.getAsBoolean()) {
            due.remove(update);
            update.run();
            return;
        }
        due.add(update);
        if (wait.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            wait.playFromStart();
        }
    }

    /** Runs every waiting update now (the race stopped, or the period ended). */
    void flush() {
        wait.stop();
        Runnable[] now = due.toArray(Runnable[]::new);
        due.clear();
        for (Runnable update : now) {
            update.run();
        }
    }
}
