package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.plot.Palette;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A lesson selects what its text is about, frames its view, plays slowly enough to follow, keeps the colours. */
@ExtendWith(ApplicationExtension.class)
class LessonsLeadTest {
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
                new ScriptedFileDialogs(() -> null), (owner, initial, last) -> Optional.empty());
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void everyLessonSelectsItsSubjectFramesItsViewAndKeepsThePalette(FxRobot robot) throws Exception {
        for (String name : BundledLessons.names()) {
            Scenario lesson = BundledLessons.load(name, ScenarioActions.JSON);
            robot.interact(() -> extras.scenarios().openLesson(name));
            assertEquals(lesson.race().runs().get(0).kind(), model.getSelected().kind(), name + ": the subject");
            assertEquals(lesson.view(), model.getView(), name);
            assertTrue(model.getStepsPerSecond() <= 300, name + " plays at " + model.getStepsPerSecond() + "/s");
            for (OptimizerEntry entry : model.entries()) {
                if (entry == model.entry(entry.kind())) {
                    assertEquals(Palette.color(entry.kind()), entry.getColor(),
                            name + ": " + entry.key() + " keeps its own colour");
                } else {
                    // A second run of a kind (a variant) takes a colour no optimizer owns.
                    int colour = entry.getColor();
                    assertTrue(java.util.Arrays.stream(OptimizerKind.values())
                            .noneMatch(kind -> Palette.color(kind) == colour), name + ": " + entry.key());
                }
            }
        }
    }

    @Test
    void theAdaSmoothAndEveLessonsShowTheInternalsTheirTextNames(FxRobot robot) {
        robot.interact(() -> extras.scenarios().openLesson("adasmooth-beta1-noise.json"));
        assertEquals(OptimizerKind.ADASMOOTH, model.getSelected().kind());
        assertNotNull(robot.lookup("#internal-beta1_t").tryQuery().orElse(null), "β₁,ₜ in the readout");
        robot.interact(() -> extras.scenarios().openLesson("eve-loss-feedback.json"));
        assertEquals(OptimizerKind.EVE, model.getSelected().kind());
        assertNotNull(robot.lookup("#internal-alpha_t").tryQuery().orElse(null), "αₜ in the readout");
        robot.interact(() -> extras.scenarios().openLesson("ravine-sgd-momentum.json"));
        assertEquals(4, model.getStepsPerSecond(), "60 steps over 15 seconds");
    }
}
