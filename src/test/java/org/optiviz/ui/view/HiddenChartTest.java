package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The loss chart is not drawn while its column is closed in presentation mode, and is drawn, curves and all, once
 * it opens.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenChartTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1280, 720);
    }

    @Stop
    void stop() {
        window.stop();
    }

    private LossChart chart() {
        return window.root().getScene().getRoot().lookupAll("*").stream().filter(n -> n instanceof LossChart)
                .map(n -> (LossChart) n).findFirst().orElseThrow();
    }

    private static void frames() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClosedColumnsChartWaitsAndIsDrawnWhenItOpens(FxRobot robot) {
        robot.interact(() -> model.setPlaying(true));
        frames();
        assertNotNull(chart().drawn(), "drawn while shown");
        robot.interact(() -> window.presentationProperty().set(true));
        frames();
        Drawing hidden = chart().drawn();
        frames();
        assertSame(hidden, chart().drawn(), "not redrawn while its column is closed, though the race moves");
        robot.type(KeyCode.H);
        frames();
        assertNotSame(hidden, chart().drawn(), "drawn again once the column opens");
        // The column is taller than the window there, so the chart has its minimum height: at presentation's
        // larger text that must still leave room for the curves between titles and ticks.
        assertTrue(chart().drawn().items().stream().anyMatch(i -> i instanceof ClipGroup g
                && g.role().equals("losses")), "curves drawn in presentation mode's column");
    }
}
