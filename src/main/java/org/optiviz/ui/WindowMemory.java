package org.optiviz.ui;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.optiviz.io.settings.WindowSettings;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.PlaySpeed;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;

/**
 * Puts back the language, theme, speed, layout, presentation mode and window size of the last run, and collects
 * them again when the window closes. A remembered size larger than this screen is cut to the screen, and a window
 * about as large as the screen opens maximized: asked for the screen's size plus its title bar, some window managers
 * (openbox) give it its minimum size instead.
 */
final class WindowMemory {
    private final I18n i18n;
    private final AppTheme theme;
    private final MainViewModel model;
    private double width;
    private double height;
    private boolean fillsScreen;
    /** Room a window manager's frame and title bar take; a window within this of the screen's size fills it. */
    private static final double FRAME_WIDTH = 16;
    private static final double FRAME_HEIGHT = 48;

    WindowMemory(I18n i18n, AppTheme theme, MainViewModel model) {
        this.i18n = i18n;
        this.theme = theme;
        this.model = model;
    }

    /** Applies what can be applied before the window shows; returns the window size to open at. */
    double[] restore(WindowSettings saved, Rectangle2D screen) {
        if (saved.language() != null) {
            Locale wanted = Locale.forLanguageTag(saved.language());
            for (Locale language : I18n.LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    i18n.setLocale(language);
                }
            }
        }
        theme.darkProperty().set(saved.dark());
        double speed = saved.stepsPerSecond();
        if (speed >= PlaySpeed.MIN && speed <= PlaySpeed.MAX) {
            model.setStepsPerSecond(speed);
        }
        Layout remembered = saved.layout() == null ? null : Layout.byKey(saved.layout());
        model.setLayout(remembered == null ? Layout.OVERLAY : remembered);
        width = saved.width() > 0 ? saved.width() : Math.min(1600, screen.getWidth());
        height = saved.height() > 0 ? saved.height() : Math.min(1000, screen.getHeight());
        width = Math.max(MainWindow.MIN_WIDTH, Math.min(width, screen.getWidth()));
        height = Math.max(MainWindow.MIN_HEIGHT, Math.min(height, screen.getHeight()));
        fillsScreen = width + FRAME_WIDTH > screen.getWidth() || height + FRAME_HEIGHT > screen.getHeight();
        return new double[] {width, height};
    }

    /** Whether the size {@link #restore} gave is about the screen's, so the window should open maximized. */
    boolean fillsScreen() {
        return fillsScreen;
    }

    /** Follows the window's size while it is neither full screen nor maximized. */
    void track(Stage stage) {
        stage.widthProperty().addListener((obs, old, now) -> {
            if (!stage.isFullScreen() && !stage.isMaximized()) {
                width = now.doubleValue();
            }
        });
        stage.heightProperty().addListener((obs, old, now) -> {
            if (!stage.isFullScreen() && !stage.isMaximized()) {
                height = now.doubleValue();
            }
        });
    }

    /** What to remember now. */
    WindowSettings capture(boolean presentation) {
        return new WindowSettings(i18n.getLocale().toLanguageTag(), theme.isDark(), model.getStepsPerSecond(),
                model.getLayout().key(), presentation, width, height);
    }
}
