package org.optiviz.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.io.settings.WindowSettings;
import org.optiviz.plot.Palette;
import org.optiviz.ui.export.ExportActions;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.scenario.NativeFileDialogs;
import org.optiviz.ui.scenario.ScenarioActions;
import org.optiviz.ui.scenario.WindowExtras;
import org.optiviz.ui.view.AppIcon;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;

/**
 * The JavaFX application: one {@link MainWindow} on a fresh {@link MainViewModel}, racing from the first frame.
 * Started through {@link #launchWindow}, since the jar's main class must not extend Application.
 */
public final class OptiVizApp extends Application {
    private static volatile double frameStatsSeconds;
    private static volatile StartRequest request = StartRequest.PLAIN;
    private MainWindow window;
    private WindowExtras extras;
    private SettingsStore store;
    private WindowMemory memory;

    /** Opens the window and returns when it closes; with frameStats &gt; 0, measures frame times and exits. */
    public static void launchWindow(double frameStats, StartRequest start) {
        frameStatsSeconds = frameStats;
        request = start;
        Application.launch(OptiVizApp.class);
    }

    @Override
    public void start(Stage stage) {
        HeapGiveBack.apply();
        I18n i18n = I18n.forSystemLocale();
        AppTheme theme = new AppTheme();
        MainViewModel model = newModel();
        store = new SettingsStore(ConfigDir.forCurrentUser(), ScenarioActions.JSON);
        memory = new WindowMemory(i18n, theme, model);
        WindowSettings saved = frameStatsSeconds > 0 ? WindowSettings.DEFAULTS : store.loadWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = memory.restore(saved, screen);
        window = new MainWindow(model, i18n, theme);
        extras = WindowExtras.install(window, model, i18n, store, new NativeFileDialogs(),
                ExportActions.dialog(i18n));
        ErrorHandler.install(window.statusBar(), i18n);
        stage.getIcons().setAll(AppIcon.all());
        stage.setMaximized(memory.fillsScreen());
        window.show(stage, size[0], size[1]);
        memory.track(stage);
        if (saved.presentation()) {
            window.presentationProperty().set(true);
        }
        if (frameStatsSeconds > 0) {
            window.presentationProperty().set(request.presentation());
            if (request.scenarioFile() != null) {
                // A scenario measures its own layout (a 3D one is measured while the camera turns).
                extras.scenarios().open(request.scenarioFile());
            }
            new FrameStatsRun(model, window, frameStatsSeconds, jvmStartMillis()).start();
        } else {
            open(request);
        }
    }

    /** The lesson or scenario asked for on the command line, or else the last session; then plays. */
    private void open(StartRequest start) {
        if (start.lessonFile() != null) {
            extras.scenarios().openLesson(start.lessonFile());
        } else if (start.scenarioFile() != null) {
            extras.scenarios().open(start.scenarioFile());
        } else {
            extras.restoreLastSession();
        }
        if (start.presentation()) {
            window.presentationProperty().set(true);
        }
        window.model().setPlaying(true);
    }

    /** A view model coloured with the plot package's palette, so window and exports agree. */
    public static MainViewModel newModel() {
        return new MainViewModel(Palette::color);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (extras != null && frameStatsSeconds <= 0) {
            extras.close();
            try {
                store.saveWindow(memory.capture(window.presentationProperty().get()));
            } catch (java.io.IOException e) {
                // The window is gone; the next start simply uses the defaults.
            }
        }
        Platform.exit();
    }

    private static long jvmStartMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
