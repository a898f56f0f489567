package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.race.RaceSetup;

/**
 * "Tune learning rates" in the window: {@link LrTuning} for every visible optimizer, by the criterion the {@code
 * tune} command documents (each lr of a log grid run from 8 starts near the race's start, with 8 seeds when there
 * is noise or minibatches; the lowest mean final loss above the floor wins, a diverging run rules its lr out), for
 * the race's step limit (at most {@link #MAX_STEPS}). It runs on a worker thread with progress and can be
 * cancelled; a change to the race meanwhile cancels it too, since its answer would be for a race no longer shown.
 * When done, each tuned optimizer's lr is set to the chosen value (nothing else changes).
 */
public final class LrTuner {
    /** The most steps a tuning run takes, whatever the step limit: keeps tuning every optimizer to seconds. */
    public static final int MAX_STEPS = 20_000;

    private final MainViewModel model;
    private final Executor worker;
    private final Executor windowThread;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    /** What tuning ended with: the tables (empty when cancelled) and whether it was cancelled. */
    public record Outcome(List<LrTuning> tunings, boolean cancelled) {
    }

    public LrTuner(MainViewModel model, Executor worker, Executor windowThread) {
        this.model = model;
        this.worker = worker;
        this.windowThread = windowThread;
        model.setupProperty().addListener((obs, old, now) -> {
            if (running.get()) {
                cancel();
            }
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The steps each tuning run takes for this step limit. */
    public static int steps(long stepLimit) {
        return (int) Math.min(MAX_STEPS, Math.max(1, stepLimit));
    }

    /**
     * Starts tuning every visible optimizer that has an lr (on the window's thread); when done, sets their lrs
     * and tells what it chose from. A tuning already running is cancelled first.
     */
    public void start(Consumer<Outcome> done) {
        cancel();
        RaceSetup setup = model.getSetup();
        List<OptimizerEntry> entries = model.visibleEntries().stream()
                .filter(entry -> entry.getParams().has("lr")).toList();
        int steps = steps(model.getStepLimit());
        boolean stochastic = setup.noiseSigma() > 0
                || setup.surface() instanceof DataModel data && data.batchSize() < data.data().size();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        long mine = generation.incrementAndGet();
        running.set(true);
        progress.set(0);
        worker.execute(() -> {
            List<LrTuning> tunings = new ArrayList<>();
            try {
                for (int k = 0; k < entries.size(); k++) {
                    OptimizerEntry entry = entries.get(k);
                    int index = k;
                    tunings.add(LrTuning.compute(setup.surface(), setup.noiseSigma(), setup.noiseSeed(), stochastic,
                            entry.kind(), setup.runs().get(entry.index()).params(), setup.start(),
                            setup.surface().defaultView(), steps, threads, () -> generation.get() != mine,
                            (stepsDone, total) -> report((index + (double) stepsDone / total) / entries.size(),
                                    mine)));
                }
            } catch (CancellationException stale) {
                windowThread.execute(() -> finish(new Outcome(List.of(), true), done));
                return;
            }
            windowThread.execute(() -> {
                if (generation.get() != mine) {
                    finish(new Outcome(List.of(), true), done);
                    return;
                }
                for (LrTuning tuning : tunings) {
                    model.setParamsOf(model.entry(tuning.kind()), Map.of("lr", tuning.chosenLr()));
                }
                finish(new Outcome(List.copyOf(tunings), false), done);
            });
        });
    }

    private void report(double fraction, long mine) {
        windowThread.execute(() -> {
            if (generation.get() == mine) {
                progress.set(fraction);
            }
        });
    }

    private void finish(Outcome outcome, Consumer<Outcome> done) {
        running.set(false);
        progress.set(outcome.cancelled() ? 0 : 1);
        done.accept(outcome);
    }

    /** Stops a tuning under way; no lr changes. */
    public void cancel() {
        generation.incrementAndGet();
    }
}
