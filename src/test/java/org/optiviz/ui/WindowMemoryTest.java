package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.io.settings.WindowSettings;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.PlaySpeed;
import org.optiviz.ui.scenario.ScenarioActions;
import org.optiviz.ui.view.AppTheme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Language, theme, speed, layout, presentation mode and window size survive a restart. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1366, 768);
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The theme needs the toolkit; no window is shown.
    }

    @Test
    void whatOneRunLeavesTheNextStartsWith(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(new ConfigDir(dir), ScenarioActions.JSON);
        assertEquals(WindowSettings.DEFAULTS, store.loadWindow(), "a first start");
        robot.interact(() -> {
            I18n i18n = new I18n(Locale.ENGLISH);
            AppTheme theme = new AppTheme();
            MainViewModel model = OptiVizApp.newModel();
            WindowMemory memory = new WindowMemory(i18n, theme, model);
            assertArrayEquals(new double[] {1366, 768}, memory.restore(store.loadWindow(), SCREEN), "screen-sized");
            assertTrue(memory.fillsScreen(), "so it opens maximized");
            i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            theme.darkProperty().set(true);
            model.setStepsPerSecond(4);
            model.setLayout(Layout.GRID);
            try {
                store.saveWindow(memory.capture(true));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        robot.interact(() -> {
            I18n i18n = new I18n(Locale.ENGLISH);
            AppTheme theme = new AppTheme();
            MainViewModel model = OptiVizApp.newModel();
            WindowSettings saved = store.loadWindow();
            new WindowMemory(i18n, theme, model).restore(saved, SCREEN);
            assertEquals(Locale.SIMPLIFIED_CHINESE, i18n.getLocale());
            assertTrue(theme.isDark());
            assertEquals(4, model.getStepsPerSecond());
            assertEquals(Layout.GRID, model.getLayout());
            assertTrue(saved.presentation());
            theme.darkProperty().set(false);
        });
    }

    @Test
    void aRememberedSizeFitsTheScreenAndADamagedFileIsSetAside(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(new ConfigDir(dir), ScenarioActions.JSON);
        store.saveWindow(new WindowSettings("en", false, 1e9, "sideways", false, 5000, 300));
        WindowSettings saved = store.loadWindow();
        assertEquals("overlay", saved.layout());
        robot.interact(() -> {
            MainViewModel model = OptiVizApp.newModel();
            double[] size = new WindowMemory(new I18n(Locale.ENGLISH), new AppTheme(), model).restore(saved, SCREEN);
            assertEquals(1366, size[0], "no wider than the screen");
            assertTrue(size[1] >= 600, "no smaller than the smallest supported window");
            assertEquals(PlaySpeed.DEFAULT, model.getStepsPerSecond(), "out of range: default");
            WindowMemory smaller = new WindowMemory(new I18n(Locale.ENGLISH), new AppTheme(), model);
            assertArrayEquals(new double[] {1200, 700}, smaller.restore(
                    new WindowSettings("en", false, 60, "overlay", false, 1200, 700), SCREEN));
            assertFalse(smaller.fillsScreen(), "a window with room around it keeps its size");
        });
        Files.writeString(dir.resolve(SettingsStore.WINDOW_FILE), "{not json");
        assertEquals(WindowSettings.DEFAULTS, store.loadWindow());
        assertFalse(store.problems().isEmpty(), "reported");
        assertFalse(Files.exists(dir.resolve(SettingsStore.WINDOW_FILE)), "set aside");
    }
}
