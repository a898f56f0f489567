package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The F1 overlay lists every accelerator of the real menus, in the window with its menu bar. */
@ExtendWith(ApplicationExtension.class)
class HelpOverlayTest {
    @TempDir
    Path dir;
    private I18n i18n;
    private WindowExtras extras;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Locale.ENGLISH);
        MainWindow window = new MainWindow(OptiVizApp.newModel(), i18n, new AppTheme());
        FileDialogs none = new ScriptedFileDialogs(() -> null);
        extras = WindowExtras.install(window, window.model(), i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON), none,
                (owner, initial, last) -> Optional.of(new GifSettings(10, 6)));
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
    }

    @Test
    void everyMenuAcceleratorIsListedWithItsItem(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> accelerators = accelerators(robot.lookup("#menuBar").queryAs(MenuBar.class));
        assertTrue(accelerators.size() >= 9, "the menus have their shortcuts: " + accelerators);
        List<String> rows = overlayRows(robot);
        for (String accelerator : accelerators) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(accelerator + " | ")),
                    accelerator + " missing from the help: " + rows);
        }
        String open = KeyCombination.keyCombination("Shortcut+O").getDisplayText();
        assertTrue(rows.contains(open + " | File › Open scenario…"), "menu shortcuts name their menu: " + rows);
        String defaults = KeyCombination.keyCombination("Shortcut+Shift+R").getDisplayText();
        assertTrue(rows.contains(defaults + " | File › Reset to defaults"), "the reset command is listed: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("F11 | ")), "window keys listed too: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Space | ")), "plain keys listed too: " + rows);
    }

    @Test
    void helpFollowsTheLanguage(FxRobot robot) {
        robot.interact(() -> i18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = overlayRows(robot);
        String exportMenu = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuExport".equals(m.getId())).findFirst().orElseThrow().getText();
        assertTrue(rows.stream().anyMatch(r -> r.contains(exportMenu + " › ")), exportMenu + " in " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.contains("Export › ")), "no English left: " + rows);
    }

    private static List<String> accelerators(MenuBar bar) {
        List<String> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, out);
        }
        return out;
    }

    private static void collect(Menu menu, List<String> out) {
        for (MenuItem item : menu.getItems()) {
            if (item.getAccelerator() != null) {
                out.add(item.getAccelerator().getDisplayText());
            }
            if (item instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }

    /** The overlay's lines as "keys | action", read from its grids. */
    private static List<String> overlayRows(FxRobot robot) {
        List<String> rows = new ArrayList<>();
        for (Node node : robot.lookup("#helpOverlay").query().lookupAll(".help-keys")) {
            GridPane grid = (GridPane) node;
            int count = grid.getChildren().size() / 2;
            for (int i = 0; i < count; i++) {
                rows.add(((Label) grid.getChildren().get(2 * i)).getText() + " | "
                        + ((Label) grid.getChildren().get(2 * i + 1)).getText());
            }
        }
        return rows;
    }
}
