package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.optiviz.ui.view.PlotArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: what a user clicks and types, and what the plot then shows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;
    private AppTheme theme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = OptiVizApp.newModel();
        theme = new AppTheme();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), theme);
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void windowOpensAndDrawsThePlot(FxRobot robot) {
        robot.interact(() -> model.stepBy(5));
        awaitFrames(robot);
        assertTrue(stage.isShowing());
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        assertEquals(1, plot.cells().size());
        assertNotNull(plot.cells().get(0).transform(), "the plot was laid out and drawn");
        assertEquals(OptimizerKind.values().length, trajectoryKeys(plot).size(), "every path drawn");
    }

    @Test
    void togglingAnOptimizerHidesItsPath(FxRobot robot) {
        robot.interact(() -> model.stepBy(30));
        awaitFrames(robot);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        assertTrue(trajectoryKeys(plot).contains("adam"));
        robot.clickOn("#show-adam");
        awaitFrames(robot);
        assertFalse(model.entry(OptimizerKind.ADAM).isVisible());
        assertFalse(trajectoryKeys(plot).contains("adam"), "adam's path is gone");
        assertEquals(OptimizerKind.values().length - 1, trajectoryKeys(plot).size());
        robot.clickOn("#show-adam");
        awaitFrames(robot);
        assertTrue(trajectoryKeys(plot).contains("adam"));
    }

    @Test
    void movingASliderChangesTheHyperparameterAndTheTrajectory(FxRobot robot) {
        robot.interact(() -> model.stepBy(40));
        robot.clickOn("#row-sgd");
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        assertEquals(sgd, model.getSelected());
        double lr = sgd.getParams().get("lr");
        double x = sgd.run().x();
        robot.drag("#slider-lr .thumb").moveBy(-30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        awaitFrames(robot);
        assertTrue(sgd.getParams().get("lr") < lr, "lr went down: " + sgd.getParams().get("lr"));
        assertNotEquals(x, sgd.run().x(), "the path was replayed with the new value");
        assertEquals(40, sgd.run().step(), "replayed up to the current step");
    }

    @Test
    void aClickOnThePlotMovesTheStart(FxRobot robot) {
        awaitFrames(robot);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        ViewTransform t = plot.cells().get(0).transform();
        double px = t.area().x() + t.area().width() * 0.3;
        double py = t.area().y() + t.area().height() * 0.7;
        Bounds screen = plot.cells().get(0).localToScreen(plot.cells().get(0).getLayoutBounds());
        robot.clickOn(screen.getMinX() + px, screen.getMinY() + py);
        awaitFrames(robot);
        Point start = model.getStart();
        double tolerance = 2 / t.scaleX();
        assertEquals(t.toWorldX(px), start.x(), tolerance);
        assertEquals(t.toWorldY(py), start.y(), tolerance);
        assertEquals(start.x(), model.entry(OptimizerKind.NAG).run().x(), 0, "runs restarted at the new start");
        assertEquals(0, model.getStep());
    }

    @Test
    void playPauseStepAndResetByKeyboardAndButtons(FxRobot robot) {
        robot.clickOn("#stepButton");
        assertEquals(1, model.getStep());
        robot.type(KeyCode.RIGHT);
        assertEquals(2, model.getStep());
        robot.type(KeyCode.SPACE);
        assertTrue(model.isPlaying());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.SPACE);
        assertFalse(model.isPlaying());
        long paused = model.getStep();
        assertTrue(paused > 2, "frames stepped the race while playing: " + paused);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(paused, model.getStep(), "paused means no steps");
        assertEquals(Long.toString(paused), robot.lookup("#stepCounter").queryAs(Label.class).getText());
        robot.type(KeyCode.R);
        assertEquals(0, model.getStep());
        robot.clickOn("#playButton");
        assertTrue(model.isPlaying());
        robot.type(KeyCode.G);
        assertEquals(Layout.GRID, model.getLayout());
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#helpOverlay").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#helpOverlay").query().isVisible());
    }

    @Test
    void sideBySideShowsOnePlotPerVisibleOptimizer(FxRobot robot) {
        robot.clickOn("#layoutGrid");
        awaitFrames(robot);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        assertEquals(OptimizerKind.values().length, plot.cells().size());
        robot.clickOn("#show-eve");
        robot.clickOn("#show-sgd");
        awaitFrames(robot);
        assertEquals(OptimizerKind.values().length - 2, plot.cells().size());
        double width = plot.cells().get(0).getWidth();
        for (var cell : plot.cells()) {
            assertEquals(width, cell.getWidth(), 0.5, "cells share the space evenly");
            assertEquals(plot.cells().get(0).transform().view(), cell.transform().view(), "one view for all");
        }
        robot.clickOn("#layoutOverlay");
        awaitFrames(robot);
        assertEquals(1, plot.cells().size());
    }

    @Test
    void aBadTypedValueIsRefusedAndTheOldValueKept(FxRobot robot) {
        robot.clickOn("#row-adam");
        OptimizerEntry adam = model.entry(OptimizerKind.ADAM);
        double beta1 = adam.getParams().get("beta1");
        TextField field = robot.lookup("#field-beta1").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(12).write("1.5").type(KeyCode.ENTER);
        assertEquals(beta1, adam.getParams().get("beta1"), "old value kept");
        assertTrue(field.getPseudoClassStates().contains(Styles.STATE_DANGER), "field turned red");
        assertTrue(window.statusBar().messageProperty().get().contains("outside"),
                window.statusBar().messageProperty().get());
        robot.eraseText(12).write("0.8").type(KeyCode.ENTER);
        assertEquals(0.8, adam.getParams().get("beta1"));
        assertFalse(field.getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void theLanguageSwitchChangesTheLabels(FxRobot robot) {
        CheckBox same = robot.lookup("#sameForAll").queryAs(CheckBox.class);
        assertEquals("Same for all", same.getText());
        TitledPane schedule = robot.lookup("#scheduleSection").queryAs(TitledPane.class);
        robot.interact(() -> schedule.setExpanded(true));
        robot.clickOn("#languageChooser");
        robot.clickOn("简体中文");
        assertEquals("全部相同", same.getText());
        assertEquals("学习率调度", schedule.getText());
        assertTrue(schedule.isExpanded(), "the schedule section stays open across the language switch");
        assertEquals("超参数：SGD", robot.lookup("#paramTitle").queryAs(Label.class).getText());
        assertTrue(stage.getTitle().startsWith("OptiViz："));
    }

    @Test
    void presentationModeAndDarkThemeSwitch(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertTrue(window.root().getStyleClass().contains("presentation"), "larger text");
        assertTrue(window.presentationProperty().get());
        robot.type(KeyCode.F11);
        assertFalse(window.root().getStyleClass().contains("presentation"));
        robot.clickOn("#themeToggle");
        assertTrue(theme.isDark());
        robot.clickOn("#themeToggle");
        assertFalse(theme.isDark());
    }

    @Test
    void menusAndAnInfoPanelCanBeAdded(FxRobot robot) {
        robot.interact(() -> {
            window.setMenuBar(new javafx.scene.control.MenuBar(new javafx.scene.control.Menu("Export")));
            window.setLessonPanel(new Label("lesson text"));
        });
        assertTrue(robot.lookup("Export").tryQuery().isPresent());
        assertTrue(robot.lookup("lesson text").tryQuery().isPresent());
        assertTrue(robot.lookup("#playButton").tryQuery().isPresent(), "the tool bar stays");
        robot.interact(() -> window.setLessonPanel(null));
        assertFalse(robot.lookup("lesson text").tryQuery().isPresent());
    }

    @Test
    void stepLimitRefusesWhatItCannotUse(FxRobot robot) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        List<Throwable> escaped = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e)));
        try {
            TextField limit = robot.lookup("#stepLimit").queryAs(TextField.class);
            robot.doubleClickOn(limit).eraseText(10).write("-3").type(KeyCode.ENTER);
            assertEquals(MainViewModel.DEFAULT_STEP_LIMIT, model.getStepLimit());
            assertEquals("Refused: Step limit: -3 is outside [1, 1000000]", window.statusBar().messageProperty().get());
            assertTrue(limit.getPseudoClassStates().contains(Styles.STATE_DANGER));
            assertTrue(escaped.isEmpty(), "no exception escaped: " + escaped);
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
        }
    }

    @Test
    void theScheduleIsFoldedAwayUntilOneIsInUse(FxRobot robot) {
        TitledPane section = robot.lookup("#scheduleSection").queryAs(TitledPane.class);
        assertFalse(section.isExpanded(), "no schedule in use: its four values are folded away");
        robot.interact(() -> model.setParam(model.getSelected(), "warmup", 50));
        assertTrue(section.isExpanded(), "a warm-up set elsewhere opens it");
        robot.interact(() -> model.selectedProperty().set(model.entries().get(1)));
        assertFalse(section.isExpanded(), "another optimizer without a schedule");
        robot.interact(() -> model.selectedProperty().set(model.entries().get(0)));
        assertTrue(section.isExpanded(), "back to the one with a warm-up");
        assertEquals(50, Double.parseDouble(robot.lookup("#field-warmup").queryAs(TextField.class).getText()));
    }

    private static void awaitFrames(FxRobot robot) {
        WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Keys of the paths the overlay plot shows. */
    private static List<String> trajectoryKeys(PlotArea plot) {
        return plot.cells().get(0).drawnPathKeys();
    }
}
