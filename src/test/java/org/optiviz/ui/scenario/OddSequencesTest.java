package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.PlaySpeed;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Odd things a user may do in the real window: none of them may throw. */
@ExtendWith(ApplicationExtension.class)
class OddSequencesTest {
    @TempDir
    Path dir;
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private Thread.UncaughtExceptionHandler previousOnFx;
    private Thread fxThread;
    private MainViewModel model;
    private WindowExtras extras;
    private Path nextFile;

    @Start
    void start(Stage stage) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        fxThread = Thread.currentThread();
        previousOnFx = fxThread.getUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler record = (thread, error) -> thrown.add(error);
        Thread.setDefaultUncaughtExceptionHandler(record);
        Thread.currentThread().setUncaughtExceptionHandler(record);
        model = OptiVizApp.newModel();
        I18n i18n = new I18n(Locale.ENGLISH);
        MainWindow window = new MainWindow(model, i18n, new AppTheme());
        FileDialogs answer = new ScriptedFileDialogs(() -> nextFile);
        extras = WindowExtras.install(window, model, i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON), answer,
                (owner, initial, last) -> Optional.of(new GifSettings(10, 120)));
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
    }

    @AfterEach
    void restoreHandlers() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        // The FX thread outlives this class; other window tests install their own handler on it.
        fxThread.setUncaughtExceptionHandler(previousOnFx == fxThread.getThreadGroup() ? null : previousOnFx);
    }

    @Test
    void switchingSurfacesAndLayoutsWhilePlaying(FxRobot robot) {
        robot.interact(() -> model.setPlaying(true));
        for (Layout layout : Layout.values()) {
            robot.interact(() -> model.setLayout(layout));
            for (Surface surface : Surfaces.all()) {
                robot.interact(() -> model.setSurface(surface));
                frames(3);
            }
        }
        assertNothingThrown();
    }

    @Test
    void everyOptimizerOffThenPlayStepAndGrid(FxRobot robot) {
        robot.interact(() -> model.entries().forEach(e -> e.visibleProperty().set(false)));
        robot.interact(() -> model.setPlaying(true));
        frames(5);
        robot.clickOn("#plotArea").type(KeyCode.G).type(KeyCode.RIGHT).type(KeyCode.R).type(KeyCode.F);
        frames(5);
        robot.interact(() -> model.setLayout(Layout.OVERLAY));
        frames(3);
        assertNothingThrown();
    }

    @Test
    void stepLimitOfOne(FxRobot robot) {
        robot.interact(() -> model.setStepLimit(1));
        robot.interact(() -> model.setPlaying(true));
        frames(5);
        robot.clickOn("#plotArea").type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.SPACE).type(KeyCode.R);
        frames(5);
        assertEquals(true, model.getStep() <= 1, "step " + model.getStep());
        assertNothingThrown();
    }

    @Test
    void fullSpeedWithEveryRunDiverging(FxRobot robot) {
        robot.interact(() -> {
            model.setSurface(Surfaces.byKey("monkey-saddle"));
            model.sameForAllProperty().set(true);
            model.setParam(model.entry(OptimizerKind.SGD), "lr", 10);
            model.setStepsPerSecond(PlaySpeed.MAX);
            model.setPlaying(true);
        });
        frames(20);
        robot.interact(() -> model.setLayout(Layout.GRID));
        frames(10);
        long diverged = model.entries().stream().filter(e -> e.getStatus() == RunStatus.DIVERGED).count();
        assertTrue(diverged >= 5, diverged + " diverged");
        assertNothingThrown();
    }

    @Test
    void zoomingFarInAndOut(FxRobot robot) {
        Node plot = robot.lookup("#plotArea").query();
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        // Far beyond where the wheel stops, then the wheel on top, both ways.
        robot.interact(() -> model.setView(new ViewBox(1e-13, 2e-13, 1e-13, 2e-13)));
        robot.scroll(3, VerticalDirection.UP);
        frames(3);
        robot.interact(() -> model.setView(new ViewBox(-1e15, 1e15, -1e15, 1e15)));
        robot.scroll(3, VerticalDirection.DOWN);
        frames(3);
        robot.drag(MouseButton.PRIMARY).dropBy(300, 200);
        frames(3);
        assertNothingThrown();
    }

    @Test
    void typingAndSwitchingWhileAGifEncodes(FxRobot robot) {
        nextFile = dir.resolve("race.gif");
        robot.interact(() -> model.stepBy(400));
        robot.interact(() -> extras.exports().gif(null));
        robot.interact(() -> model.setPlaying(true));
        robot.clickOn("#field-lr").eraseText(8).write("0.05").type(KeyCode.ENTER);
        robot.interact(() -> model.setSurface(Surfaces.byKey("rosenbrock")));
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        robot.interact(() -> model.selectedProperty().set(adam));
        robot.clickOn("#field-beta1").eraseText(8).write("abc").type(KeyCode.ENTER);
        robot.interact(() -> model.reset());
        for (int i = 0; i < 200 && encoding(); i++) {
            frames(1);
        }
        assertNothingThrown();
    }

    private boolean encoding() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> extras.exports().running() != null
                    && extras.exports().running().isRunning()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void frames(int count) {
        WaitForAsyncUtils.sleep(20L * count, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNothingThrown() {
        assertTrue(thrown.isEmpty(), () -> "thrown: " + thrown.get(0) + " at " + thrown.get(0).getStackTrace()[0]);
    }
}
