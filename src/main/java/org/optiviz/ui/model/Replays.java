package org.optiviz.ui.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Recording;
import org.optiviz.core.race.Run;

/**
 * Re-runs paths from the start after a setting changed. A replay that fits in a frame is computed at once; a longer
 * one runs on background threads while the window stays responsive, and only the newest request is ever installed:
 * a new request cancels the one still running. Runs are computed from an immutable {@link RaceSetup} into new
 * {@link Run} objects that nothing else sees until they are installed on the window's thread, so the paths are
 * exactly those a fresh race would give.
 */
final class Replays {
    /**
     * Steps (summed over the runs replayed) computed at once on the window's thread: about 5 ms of stepping, well
     * inside a 60 Hz frame. Anything longer goes to the background.
     */
    static final long FRAME_BUDGET_STEPS = 60_000;

    private final Executor background;
    private final Executor window;
    private AtomicBoolean running;

    /**
     * @param background where long replays are computed
     * @param window     the thread that owns the race (the JavaFX application thread in the app)
     */
    Replays(Executor background, Executor window) {
        this.background = background;
        this.window = window;
    }

    /** Daemon worker threads, one per processor, for replays in the app. */
    static ExecutorService workers() {
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "optiviz-replay");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Whether a background replay has been requested and not yet installed or cancelled. */
    boolean pending() {
        return running != null;
    }

    /** Forgets the replay in progress: its result will never be installed. */
    void cancel() {
        if (running != null) {
            running.set(true);
            running = null;
        }
    }

    /**
     * Replays the given runs of the setup up to a step and hands the new runs (in the order of {@code indices}) to
     * {@code install} on the window's thread, cancelling any earlier request. Returns whether it was done at once.
     */
    boolean request(RaceSetup setup, int[] indices, long toStep, Consumer<Run[]> install) {
        cancel();
        if ((double) indices.length * toStep <= FRAME_BUDGET_STEPS) {
            Run[] runs = new Run[indices.length];
            for (int i = 0; i < indices.length; i++) {
                runs[i] = setup.replayed(indices[i], toStep, () -> false, Recording.PATH);
            }
            install.accept(runs);
            return true;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        @SuppressWarnings("unchecked")
        CompletableFuture<Run>[] parts = new CompletableFuture[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            parts[i] = CompletableFuture.supplyAsync(() -> cancelled.get() ? null
                    : setup.replayed(index, toStep, cancelled::get, Recording.PATH), background);
        }
        CompletableFuture.allOf(parts).handleAsync((done, error) -> {
            if (cancelled.get()) {
                return null;
            }
            running = null;
            try {
                if (error != null) {
                    throw new IllegalStateException("a replay failed", error);
                }
                Run[] runs = new Run[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    runs[i] = parts[i].join();
                }
                install.accept(runs);
            } catch (RuntimeException failure) {
                // A future would keep the failure to itself; the window's thread reports it like any other.
                Thread thread = Thread.currentThread();
                thread.getUncaughtExceptionHandler().uncaughtException(thread, failure);
            }
            return null;
        }, window);
        return false;
    }
}
