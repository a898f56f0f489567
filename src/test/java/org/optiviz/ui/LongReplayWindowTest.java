package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Trajectory;
import org.optiviz.plot.Palette;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The freeze case: "same for all" on a long race, the learning rate dragged through several values. The replay
 * workers wait at a gate until the test opens it, so the window's thread is shown to go on (pulses, runLater) while
 * the replay is pending, whatever the machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class LongReplayWindowTest {
    private static final int STEPS = 100_000;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage target) {
        stage = target;
        model = new MainViewModel(Palette::color, task -> workers.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }), Platform::runLater);
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        gate.countDown();
        workers.shutdownNow();
        window.stop();
    }

    @Test
    void draggingASharedSliderOnALongRaceKeepsTheWindowResponsive(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.setStepLimit(MainViewModel.MAX_STEP_LIMIT);
            model.stepBy(STEPS);
            model.sameForAllProperty().set(true);
        });
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        robot.interact(() -> {
            for (double lr : new double[] {0.0011, 0.0012, 0.0013, 0.0014, 0.0015}) {
                model.setParam(sgd, "lr", lr);
            }
        });
        assertTrue(model.replayingProperty().get(), "the replay is pending");
        assertEquals("Replaying the paths with the new settings…", window.statusBar().messageProperty().get());

        AtomicInteger pulses = new AtomicInteger();
        Runnable counter = pulses::incrementAndGet;
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(counter));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pulses.get() >= 3);
        AtomicBoolean pendingWhenRun = new AtomicBoolean();
        Platform.runLater(() -> pendingWhenRun.set(model.replayingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pendingWhenRun.get(), "the window's thread ran a task while the replay was still pending");
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(counter));

        gate.countDown();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model.replayingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.statusBar().messageProperty().get(), "the note goes when the paths are in place");
        Race fresh = model.getSetup().toRace(true);
        fresh.step(STEPS, STEPS);
        for (OptimizerEntry entry : model.entries()) {
            assertEquals(0.0015, entry.getParams().get("lr"), "the newest value wins, for every optimizer");
            Trajectory want = fresh.runs().get(entry.index()).trajectory();
            Trajectory got = entry.run().trajectory();
            assertEquals(want.size(), got.size());
            assertArrayEquals(want.xs().copy(0, want.size()), got.xs().copy(0, got.size()));
            assertArrayEquals(want.ys().copy(0, want.size()), got.ys().copy(0, got.size()));
        }
    }
}
