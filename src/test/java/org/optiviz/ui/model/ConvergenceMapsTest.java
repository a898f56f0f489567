package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.plot.MapField;
import org.optiviz.plot.MapSet;
import org.optiviz.plot.view.Layout;

/**
 * The window's maps follow the race: computed off the window's thread (which only installs them), coarse before fine,
 * and computed again when a slider moves, the last value of a drag winning.
 */
class ConvergenceMapsTest {
    private final Queue<Runnable> windowThread = new ArrayDeque<>();
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000);
    private final ConvergenceMaps maps = new ConvergenceMaps(model, MapField.Words.ENGLISH, task -> {
        synchronized (windowThread) {
            windowThread.add(task);
        }
    });

    /** Plays the window's thread until the condition holds (a minute at most: the machine may be busy). */
    private void runWindowUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 6000 && !condition.getAsBoolean(); i++) {
            Runnable task;
            synchronized (windowThread) {
                task = windowThread.poll();
            }
            if (task != null) {
                task.run();
            } else {
                Thread.sleep(10);
            }
        }
        assertTrue(condition.getAsBoolean(), "the maps arrived");
    }

    private ConvergenceMap mapOf(String key) {
        MapSet set = maps.getMaps();
        return set == null || !(set.forRun(key) instanceof MapField field) ? null : field.map();
    }

    @Test
    void mapsAreComputedOnlyInTheMapLayoutCoarseThenFineAndFollowTheSettings() throws InterruptedException {
        for (OptimizerEntry entry : model.entries()) {
            entry.setVisible(entry.kind().key().equals("adam") || entry.kind().key().equals("sgd"));
        }
        model.setStepLimit(60);
        assertNull(maps.getMaps(), "nothing is computed outside the map layout");
        model.setLayout(Layout.MAP);
        assertTrue(windowThread.isEmpty(), "setting the layout returns at once; the work is elsewhere");
        runWindowUntil(() -> mapOf("sgd") != null);
        assertEquals(ConvergenceMaps.COARSE, mapOf("sgd").grid().cols(), "the coarse maps come first");
        runWindowUntil(() -> mapOf("adam") != null && mapOf("adam").grid().cols() == ConvergenceMaps.FINE
                && mapOf("sgd").grid().cols() == ConvergenceMaps.FINE);
        assertEquals(60, mapOf("adam").steps());

        OptimizerEntry adam = model.entries().stream().filter(e -> e.kind().key().equals("adam")).findFirst()
                .orElseThrow();
        double before = mapOf("adam").settings().get("lr");
        for (double lr : new double[] {0.2, 0.3, 0.4, 0.5}) { // a slider drag: each value makes the last one stale
            model.setParam(adam, "lr", lr);
        }
        runWindowUntil(() -> mapOf("adam").settings().get("lr") == 0.5
                && mapOf("adam").grid().cols() == ConvergenceMaps.FINE);
        assertNotEquals(before, mapOf("adam").settings().get("lr"));
        assertEquals(adam.getParams(), mapOf("adam").settings());
    }
}
