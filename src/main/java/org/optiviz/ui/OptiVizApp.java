package org.optiviz.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.plot.Palette;
import org.optiviz.ui.export.ExportActions;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.scenario.NativeFileDialogs;
import org.optiviz.ui.scenario.ScenarioActions;
import org.optiviz.ui.scenario.WindowExtras;
import org.optiviz.ui.view.AppIcon;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.optiviz.ui.view.OptiVizColors;

/**
 * The JavaFX application: one {@link MainWindow} on a fresh {@link MainViewModel}, racing from the first frame.
 * Started through {@link #launchWindow}, since the jar's main class must not extend Application.
 */
public final class OptiVizApp extends Application {
    private static volatile double frameStatsSeconds;
    private MainWindow window;
    private WindowExtras extras;

    /** Opens the window and returns when it closes; with frameStats &gt; 0, measures frame times and exits. */
    public static void launchWindow(double frameStats) {
        frameStatsSeconds = frameStats;
        Application.launch(OptiVizApp.class);
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = I18n.forSystemLocale();
        AppTheme theme = new AppTheme();
        MainViewModel model = newModel();
        window = new MainWindow(model, i18n, theme);
        extras = WindowExtras.install(window, model, i18n,
                new SettingsStore(ConfigDir.forCurrentUser(), ScenarioActions.JSON), new NativeFileDialogs(),
                ExportActions.dialog(i18n));
        ErrorHandler.install(window.statusBar(), i18n);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1600, screen.getWidth());
        double height = Math.min(1000, screen.getHeight());
        stage.getIcons().setAll(AppIcon.all());
        window.show(stage, width, height);
        if (frameStatsSeconds > 0) {
            new FrameStatsRun(model, window, frameStatsSeconds, jvmStartMillis()).start();
        } else {
            extras.restoreLastSession();
            model.setPlaying(true);
        }
    }

    /** A view model coloured with the plot package's palette, so window and exports agree. */
    public static MainViewModel newModel() {
        return new MainViewModel(kind -> OptiVizColors.fx(Palette.color(kind)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (extras != null && frameStatsSeconds <= 0) {
            extras.close();
        }
        Platform.exit();
    }

    private static long jvmStartMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
