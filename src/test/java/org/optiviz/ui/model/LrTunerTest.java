package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup;

/**
 * "Tune learning rates" without a window: the visible optimizers are tuned by {@link LrTuning}'s criterion (the
 * {@code tune} command's) on the worker, their lrs set to the choices on the window's thread; a cancel or a change of
 * the race meanwhile changes nothing.
 */
class LrTunerTest {
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> windowThread = new ArrayDeque<>();
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000);
    private final LrTuner tuner = new LrTuner(model, worker::add, windowThread::add);
    private final List<LrTuner.Outcome> outcomes = new ArrayList<>();

    private static void runAll(Queue<Runnable> queue) {
        for (Runnable task = queue.poll(); task != null; task = queue.poll()) {
            task.run();
        }
    }

    private void showOnly(OptimizerKind... kinds) {
        List<OptimizerKind> shown = List.of(kinds);
        for (OptimizerEntry entry : model.entries()) {
            entry.setVisible(shown.contains(entry.kind()));
        }
    }

    @Test
    void everyVisibleOptimizersLrBecomesTheOneTheTuneCommandChooses() {
        showOnly(OptimizerKind.SGD, OptimizerKind.ADAM);
        model.setStepLimit(100);
        double momentumLr = model.entry(OptimizerKind.MOMENTUM).getParams().get("lr");
        RaceSetup before = model.getSetup();
        tuner.start(outcomes::add);
        assertTrue(tuner.runningProperty().get());
        runAll(worker);
        runAll(windowThread);
        assertFalse(tuner.runningProperty().get());
        assertEquals(1, outcomes.size());
        List<LrTuning> tunings = outcomes.get(0).tunings();
        assertEquals(List.of(OptimizerKind.SGD, OptimizerKind.ADAM), tunings.stream().map(LrTuning::kind).toList());
        for (LrTuning tuning : tunings) {
            var entry = model.entry(tuning.kind());
            // The same computation as `tune --steps 100` on the race before tuning.
            LrTuning expected = LrTuning.compute(before.surface(), 0, 0, false, tuning.kind(),
                    before.runs().get(entry.index()).params(), before.start(), before.surface().defaultView(), 100, 1,
                    () -> false, (done, total) -> { });
            assertEquals(expected, tuning);
            assertEquals(expected.chosenLr(), entry.getParams().get("lr"));
        }
        assertEquals(0.316, Math.round(model.entry(OptimizerKind.SGD).getParams().get("lr") * 1000) / 1000.0);
        assertEquals(momentumLr, model.entry(OptimizerKind.MOMENTUM).getParams().get("lr"), "hidden: untouched");
        assertEquals(1.0, tuner.progressProperty().get());
    }

    @Test
    void cancellingOrChangingTheRaceMeanwhileChangesNoLearningRate() {
        showOnly(OptimizerKind.SGD);
        model.setStepLimit(50);
        double lr = model.entry(OptimizerKind.SGD).getParams().get("lr");
        tuner.start(outcomes::add);
        tuner.cancel();
        runAll(worker);
        runAll(windowThread);
        assertTrue(outcomes.get(0).cancelled());
        assertEquals(lr, model.entry(OptimizerKind.SGD).getParams().get("lr"));

        tuner.start(outcomes::add);
        model.setNoise(0.5, 3); // the race changed: the answer would be for another race
        runAll(worker);
        runAll(windowThread);
        assertTrue(outcomes.get(1).cancelled());
        assertEquals(lr, model.entry(OptimizerKind.SGD).getParams().get("lr"));
        assertFalse(tuner.runningProperty().get());
    }
}
