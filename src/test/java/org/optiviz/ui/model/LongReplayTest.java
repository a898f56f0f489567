package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.Trajectory;

/**
 * Replays too long for a frame: they run on worker threads while the window's thread goes on, the newest value wins,
 * and what is installed is exactly what a fresh race gives. The window's thread is played by this test, draining
 * the tasks handed to it; workers wait at a gate the test opens, so nothing depends on timing.
 */
class LongReplayTest {
    private static final int STEPS = 40_000;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final Queue<Runnable> windowThread = new ArrayDeque<>();
    private final MainViewModel model = new MainViewModel(kind -> 0xFF000000, task -> workers.execute(() -> {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        task.run();
    }), task -> {
        synchronized (windowThread) {
            windowThread.add(task);
        }
    });

    @AfterEach
    void stopWorkers() {
        gate.countDown();
        workers.shutdownNow();
    }

    @Test
    void theNewestValueWinsAndThePathsAreThoseOfAFreshRace() throws Exception {
        model.setStepLimit(MainViewModel.MAX_STEP_LIMIT);
        model.stepBy(STEPS);
        model.sameForAllProperty().set(true);
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        Run before = sgd.run();

        model.setParam(sgd, "lr", 0.002);
        assertTrue(model.replayingProperty().get(), "a replay this long goes to the background");
        assertSame(before, sgd.run(), "until it is done, the old path stays on screen");
        assertEquals(0.002, sgd.getParams().get("lr"), "the setting itself is in effect at once");
        assertFalse(model.stepBy(5), "nothing steps while the paths do not match the settings");
        model.setParam(sgd, "lr", 0.003);
        assertEquals(0.003, model.entry(OptimizerKind.ADAM).getParams().get("lr"), "same for all");

        int rewrites = model.redraws().rewriteVersionProperty().get();
        finishReplays();

        assertFalse(model.replayingProperty().get());
        assertEquals(rewrites + 1, model.redraws().rewriteVersionProperty().get(), "only the newest replay is installed");
        assertNotSame(before, sgd.run());
        assertEquals(STEPS, model.getStep());
        Race fresh = model.getSetup().toRace(true);
        fresh.step(STEPS, STEPS);
        for (OptimizerEntry entry : model.entries()) {
            assertEquals(0.003, entry.getParams().get("lr"));
            assertSameTrajectory(fresh.runs().get(entry.index()).trajectory(), entry.run().trajectory());
        }
        assertTrue(model.stepBy(5), "stepping goes on once the replay is in place");
    }

    @Test
    void aRestartDropsAReplayInProgress() throws Exception {
        model.setStepLimit(MainViewModel.MAX_STEP_LIMIT);
        model.stepBy(STEPS);
        model.sameForAllProperty().set(true);
        model.setParam(model.entry(OptimizerKind.ADAM), "lr", 0.05);
        model.sameForAllProperty().set(false);
        model.setParam(model.entry(OptimizerKind.MOMENTUM), "lr", 0.001);
        assertTrue(model.replayingProperty().get());
        model.reset();
        assertFalse(model.replayingProperty().get());
        int rewrites = model.redraws().rewriteVersionProperty().get();
        finishReplays();
        assertEquals(rewrites, model.redraws().rewriteVersionProperty().get(), "the dropped replay is never installed");
        assertEquals(0, model.getStep());
        assertEquals(0.05, model.entry(OptimizerKind.ADAM).run().params().get("lr"), "the race has the settings");
        assertEquals(0.001, model.entry(OptimizerKind.MOMENTUM).run().params().get("lr"));
    }

    @Test
    void aShortReplayIsDoneAtOnce() {
        model.stepBy(100);
        model.setParam(model.entry(OptimizerKind.SGD), "lr", 0.002);
        assertFalse(model.replayingProperty().get());
        assertEquals(0.002, model.entry(OptimizerKind.SGD).run().params().get("lr"));
        assertEquals(101, model.entry(OptimizerKind.SGD).run().trajectory().size());
    }

    /** Opens the gate, waits for the workers to go idle, then runs what they handed to the window's thread. */
    private void finishReplays() throws InterruptedException {
        gate.countDown();
        workers.shutdown();
        assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS), "the replays end");
        while (true) {
            Runnable next;
            synchronized (windowThread) {
                next = windowThread.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    private static void assertSameTrajectory(Trajectory want, Trajectory got) {
        assertEquals(want.size(), got.size());
        assertArrayEquals(want.xs().copy(0, want.size()), got.xs().copy(0, got.size()));
        assertArrayEquals(want.ys().copy(0, want.size()), got.ys().copy(0, got.size()));
        assertArrayEquals(want.losses().copy(0, want.size()), got.losses().copy(0, got.size()));
    }
}
