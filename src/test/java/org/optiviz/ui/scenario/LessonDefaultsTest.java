package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.plot.Palette;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.model.PlaySpeed;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson's settings serve its text only: closing it, changing surface after it, or the reset command restore defaults. */
@ExtendWith(ApplicationExtension.class)
class LessonDefaultsTest {
    private static final List<OptimizerKind> KINDS = List.of(OptimizerKind.values());
    @TempDir
    Path dir;
    private MainViewModel model;
    private MainWindow window;
    private WindowExtras extras;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        I18n i18n = new I18n(Locale.ENGLISH);
        window = new MainWindow(model, i18n, new AppTheme());
        extras = WindowExtras.install(window, model, i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON),
                new ScriptedFileDialogs(() -> null), (owner, initial, last) -> Optional.of(new GifSettings(10, 6)));
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
        window.stop();
    }

    @Test
    void closingALessonReturnsToTheSurfacesDefaultRace(FxRobot robot) {
        openLesson(robot, "rosenbrock-valley.json");
        Surface surface = model.getSurface();
        assertNotEquals(RaceSetup.defaults(surface, KINDS), model.getSetup(), "the lesson has its own settings");
        robot.clickOn("#lessonClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(extras.lessonPanel().lessonProperty().get());
        assertDefaultRaceOf(surface);
    }

    @Test
    void changingSurfaceAfterALessonGivesThatSurfacesDefaultRace(FxRobot robot) {
        openLesson(robot, "ravine-sgd-momentum.json");
        Surface ellipsoid = Surfaces.byKey("ellipsoid");
        robot.interact(() -> model.setSurface(ellipsoid));
        assertNull(extras.lessonPanel().lessonProperty().get(), "the lesson text goes with its race");
        assertDefaultRaceOf(ellipsoid);
    }

    @Test
    void resetToDefaultsRestoresTheCurrentSurfacesDefaultRace(FxRobot robot) {
        robot.interact(() -> {
            model.setSurface(Surfaces.byKey("beale"));
            model.setParam(model.entry(OptimizerKind.SGD), "lr", 0.0005);
            model.entry(OptimizerKind.ADAM).setVisible(false);
            model.setStepsPerSecond(9);
            model.stepBy(50);
        });
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertDefaultRaceOf(Surfaces.byKey("beale"));
        assertEquals("Back to the default race of this surface", window.statusBar().messageProperty().get());
    }

    private void openLesson(FxRobot robot, String name) {
        robot.interact(() -> extras.scenarios().openLesson(name));
        assertTrue(model.lessonOpenProperty().get());
    }

    private void assertDefaultRaceOf(Surface surface) {
        assertEquals(RaceSetup.defaults(surface, KINDS), model.getSetup());
        assertEquals(surface.defaultView(), model.getView());
        assertEquals(PlaySpeed.DEFAULT, model.getStepsPerSecond(), "a lesson's speed does not stay either");
        assertEquals(MainViewModel.DEFAULT_STEP_LIMIT, model.getStepLimit());
        assertEquals(0, model.getStep());
        assertFalse(model.lessonOpenProperty().get());
        for (OptimizerEntry entry : model.entries()) {
            assertTrue(entry.isVisible());
            assertEquals(Palette.color(entry.kind()), entry.getColor());
        }
    }
}
