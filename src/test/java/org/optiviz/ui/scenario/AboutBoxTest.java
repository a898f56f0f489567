package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.ui.view.AboutDialog;
import org.optiviz.ui.view.AppIcon;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About in the window: the pom's version, the licence and each shipped library with its licence. */
@ExtendWith(ApplicationExtension.class)
class AboutBoxTest {
    @TempDir
    Path dir;
    private WindowExtras extras;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Locale.ENGLISH);
        MainWindow window = new MainWindow(OptiVizApp.newModel(), i18n, new AppTheme());
        extras = WindowExtras.install(window, window.model(), i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON),
                new ScriptedFileDialogs(() -> null), (owner, initial, last) -> Optional.of(new GifSettings(10, 6)));
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
    }

    @Test
    void theBuildFillsInTheVersions() {
        AboutDialog about = AboutDialog.load();
        assertTrue(about.version().matches("\\d+\\.\\d+\\.\\d+"),
                "a release number jpackage accepts: " + about.version());
        assertEquals("Apache License 2.0", about.licence());
    }

    @Test
    void aboutShowsVersionLicenceAndLibraries(FxRobot robot) {
        robot.clickOn("#menuHelp").clickOn("#menuAbout");
        WaitForAsyncUtils.waitForFxEvents();
        String version = AboutDialog.load().version();
        assertEquals("Version " + version, robot.lookup("#aboutVersion").queryAs(Label.class).getText());
        assertEquals("Licence: Apache License 2.0 (the LICENSE file that comes with OptiViz)",
                robot.lookup("#aboutLicence").queryAs(Label.class).getText());
        List<String> rows = rows(robot.lookup("#aboutLibraries").queryAs(GridPane.class));
        String javafx = System.getProperty("javafx.runtime.version").split("[+-]")[0];
        assertTrue(rows.contains("OpenJFX " + javafx + " | GNU GPL v2 with the Classpath Exception"),
                "the JavaFX that runs is the one named: " + rows);
        assertEquals(8, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.matches("\\S.* \\d[^|]* \\|.*\\S")),
                "each has a version and a licence, no unfilled ${...}: " + rows);
        assertTrue(rows.get(7).startsWith("Java " + Runtime.version().feature() + "."), rows.get(7));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#aboutPane").tryQuery().isPresent(), "Close closes the box");
    }

    @Test
    void theIconComesAtEverySizeADesktopUses() {
        List<Image> icons = AppIcon.all();
        List<Integer> sizes = new ArrayList<>();
        for (Image icon : icons) {
            assertEquals(icon.getWidth(), icon.getHeight());
            sizes.add((int) icon.getWidth());
        }
        assertEquals(List.of(16, 24, 32, 48, 64, 128, 256, 512), sizes);
    }

    private static List<String> rows(GridPane grid) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i + 1 < grid.getChildren().size(); i += 2) {
            rows.add(((Label) grid.getChildren().get(i)).getText() + " | "
                    + ((Label) grid.getChildren().get(i + 1)).getText());
        }
        return rows;
    }
}
