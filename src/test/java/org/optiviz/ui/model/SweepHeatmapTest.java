package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.view.Layout;

/**
 * The window's sweep heat map follows the race without a window: computed on the worker (the window's thread only
 * installs it), coarse before fine, stale requests dropped without showing, and a click on a cell puts its values in.
 */
class SweepHeatmapTest {
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> windowThread = new ArrayDeque<>();
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000);
    private final SweepHeatmap heatmap = new SweepHeatmap(model, () -> SweepWords.ENGLISH, Surface::displayName,
            worker::add, windowThread::add);

    private static void runAll(Queue<Runnable> queue) {
        for (Runnable task = queue.poll(); task != null; task = queue.poll()) {
            task.run();
        }
    }

    private OptimizerEntry momentum() {
        return model.entry(OptimizerKind.MOMENTUM);
    }

    @Test
    void nothingIsComputedOutsideTheSweepLayoutThenCoarseBeforeFine() {
        model.setStepLimit(50);
        model.selectedProperty().set(momentum());
        assertTrue(worker.isEmpty(), "no sweep outside the sweep layout");
        model.setLayout(Layout.SWEEP);
        assertEquals(1, worker.size(), "the layout asks for one sweep and returns at once");
        assertTrue(windowThread.isEmpty());
        runAll(worker);
        assertEquals(2, windowThread.size(), "a coarse and a fine sweep are published");
        windowThread.poll().run();
        assertEquals(SweepHeatmap.COARSE, heatmap.getField().sweep().x().n());
        windowThread.poll().run();
        Sweep fine = heatmap.getField().sweep();
        assertEquals(64, fine.x().n());
        assertEquals("lr", fine.x().key());
        assertEquals("momentum", fine.y().key());
        assertEquals(50, fine.steps());
        assertEquals(momentum().getParams(), fine.base());
    }

    @Test
    void staleWorkIsDroppedAndOnlyTheLastStateOfADragIsShown() {
        model.setStepLimit(40);
        model.selectedProperty().set(momentum());
        model.setLayout(Layout.SWEEP);
        for (double mu : new double[] {0.5, 0.6, 0.7, 0.8}) { // a slider drag
            model.setParam(momentum(), "momentum", mu);
        }
        assertEquals(5, worker.size(), "one request per state");
        runAll(worker);
        // The four stale requests stopped before any work: only the last one published (coarse and fine).
        assertEquals(2, windowThread.size());
        runAll(windowThread);
        assertEquals(0.8, heatmap.getField().sweep().base().get("momentum"));

        // A change while published work waits on the window's thread: that work is never shown.
        SweepField shown = heatmap.getField();
        model.setParam(momentum(), "lr", 0.02);
        runAll(windowThread);
        assertEquals(shown, heatmap.getField(), "nothing new until the new sweep is done");
        model.setLayout(Layout.OVERLAY);
        runAll(worker);
        runAll(windowThread);
        assertEquals(shown, heatmap.getField(), "leaving the layout cancels the work under way");
    }

    @Test
    void aClickOnACellAppliesItsTwoValuesToTheOptimizer() {
        model.setStepLimit(30);
        model.selectedProperty().set(momentum());
        model.setLayout(Layout.SWEEP);
        runAll(worker);
        runAll(windowThread);
        Sweep sweep = heatmap.getField().sweep();
        Hyperparams cell = sweep.settings()[sweep.run(40, 10)];
        double decay = momentum().getParams().get("decay_rate");
        heatmap.applyCell(40, 10);
        assertEquals(cell.get("lr"), momentum().getParams().get("lr"));
        assertEquals(cell.get("momentum"), momentum().getParams().get("momentum"));
        assertEquals(decay, momentum().getParams().get("decay_rate"), "nothing else changes");
        runAll(worker);
        runAll(windowThread);
        assertEquals(cell.get("lr"), heatmap.getField().sweep().base().get("lr"), "the ring moves to the cell");
    }

    @Test
    void anOptimizerWithoutTwoHyperparametersHasNoSweepAndSaysWhy() {
        model.selectedProperty().set(model.entry(OptimizerKind.SGD));
        model.setLayout(Layout.SWEEP);
        // SGD has lr and the schedule keys: a default y axis is found among them.
        runAll(worker);
        runAll(windowThread);
        assertNotNull(heatmap.getField());
        assertEquals("lr", heatmap.getField().sweep().x().key());
        assertNull(heatmap.problemProperty().get());
    }
}
