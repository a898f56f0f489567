package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.optiviz.ui.view.PlotArea;
import org.optiviz.ui.view.PlotCell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom, pan, dragging the start marker, double-click fit, and a save that cannot be written. */
@ExtendWith(ApplicationExtension.class)
class PlotGesturesTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void scrollZoomsAboutTheCursorAndDoubleClickFits(FxRobot robot) {
        PlotCell cell = cell(robot);
        ViewTransform t = cell.transform();
        double px = t.area().x() + t.area().width() * 0.25;
        double py = t.area().y() + t.area().height() * 0.4;
        Point before = new Point(t.toWorldX(px), t.toWorldY(py));
        Point start = model.getStart();
        robot.moveTo(screen(cell, px, py));
        double scale = t.scaleX();
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        settle();
        double firstWay = cell.transform().scaleX() / scale;
        robot.scroll(6, javafx.geometry.VerticalDirection.DOWN);
        settle();
        double otherWay = cell.transform().scaleX() / scale;
        assertTrue(Math.abs(Math.log(firstWay)) > 0.2, "three notches zoom noticeably: " + firstWay);
        assertTrue((firstWay - 1) * (otherWay - 1) < 0, "the two directions zoom opposite ways");
        ViewTransform after = cell.transform();
        assertEquals(before.x(), after.toWorldX(px), 2 / after.scaleX(), "the point under the cursor stays");
        assertEquals(before.y(), after.toWorldY(py), 2 / after.scaleY());
        robot.doubleClickOn(screen(cell, px, py), MouseButton.PRIMARY);
        settle();
        assertEquals(model.getSurface().defaultView(), model.getView(), "double click restores the default view");
        assertEquals(start, model.getStart(), "a double click does not move the start");
    }

    @Test
    void doubleClickFitsTheViewAndLeavesTheRaceWhereItWas(FxRobot robot) {
        robot.interact(() -> {
            model.stepBy(300);
            ViewBox fitted = model.getView();
            model.setView(new ViewBox(fitted.xMin() + 0.5, fitted.xMax() + 0.5, fitted.yMin(), fitted.yMax()));
        });
        settle();
        var race = model.race();
        Point start = model.getStart();
        PlotCell cell = cell(robot);
        ViewTransform t = cell.transform();
        robot.doubleClickOn(screen(cell, t.area().x() + t.area().width() * 0.3, t.area().y() + t.area().height() * 0.6),
                MouseButton.PRIMARY);
        settle();
        assertEquals(model.getSurface().defaultView(), model.getView(), "double click fits the view");
        assertEquals(300, model.getStep(), "the race is not restarted");
        assertTrue(race == model.race(), "the very race that was running goes on");
        assertEquals(301, model.entries().get(0).run().trajectory().size());
        assertEquals(start, model.getStart());
    }

    @Test
    void dragPansTheView(FxRobot robot) {
        PlotCell cell = cell(robot);
        ViewTransform t = cell.transform();
        double cx = t.area().x() + t.area().width() * 0.7;
        double cy = t.area().y() + t.area().height() * 0.7;
        double xMin = model.getView().xMin();
        robot.drag(screen(cell, cx, cy), MouseButton.PRIMARY).moveBy(100, 0).release(MouseButton.PRIMARY);
        settle();
        assertEquals(xMin - 100 / t.scaleX(), model.getView().xMin(), 3 / t.scaleX(), "content moved 100 px right");
        assertEquals(model.getSurface().defaultStart(), model.getStart(), "panning does not move the start");
    }

    @Test
    void draggingTheStartMarkerMovesTheStart(FxRobot robot) {
        robot.interact(() -> model.stepBy(25));
        PlotCell cell = cell(robot);
        ViewTransform t = cell.transform();
        Point start = model.getStart();
        double sx = t.toPixelX(start.x());
        double sy = t.toPixelY(start.y());
        ViewBox view = model.getView();
        robot.drag(screen(cell, sx, sy), MouseButton.PRIMARY).moveBy(60, -40).release(MouseButton.PRIMARY);
        settle();
        assertEquals(view, model.getView(), "the view stays while the marker is dragged");
        assertEquals(t.toWorldX(sx + 60), model.getStart().x(), 2 / t.scaleX());
        assertEquals(t.toWorldY(sy - 40), model.getStart().y(), 2 / t.scaleY());
        assertEquals(0, model.getStep(), "every run restarted");
    }

    @Test
    void anExceptionInAHandlerBecomesOneLineInTheStatusBar(FxRobot robot) {
        ErrorHandler.install(window.statusBar(), new I18n(Locale.ENGLISH));
        robot.interact(() -> Thread.currentThread().getUncaughtExceptionHandler()
                .uncaughtException(Thread.currentThread(), new IllegalStateException("broken\nsecond line")));
        String message = window.statusBar().messageProperty().get();
        assertEquals("Something went wrong and was stopped: broken second line", message);
        assertNotEquals(0, message.length());
    }

    @Test
    void aDivergedRunIsMarkedWhereTheExportMarksIt(FxRobot robot) {
        robot.interact(() -> {
            model.setParam(model.entry(org.optiviz.core.optim.OptimizerKind.SGD), "lr", 100);
            model.stepBy(300);
        });
        PlotCell cell = cell(robot);
        Marker shown = diverged(cell.liveLayer().items());
        Marker exported = diverged(cell.compose().items());
        assertTrue(shown != null && exported != null, "a ✕ in the window and in the export");
        assertEquals(exported.x(), shown.x(), 1e-9);
        assertEquals(exported.y(), shown.y(), 1e-9);
        assertTrue(cell.transform().area().contains(shown.x(), shown.y()), "the ✕ is on the plot");
    }

    private static Marker diverged(List<Item> items) {
        for (Item item : items) {
            if (item instanceof ClipGroup group && diverged(group.items()) != null) {
                return diverged(group.items());
            }
            if (item instanceof Marker marker && "diverged".equals(marker.role())) {
                return marker;
            }
        }
        return null;
    }

    private PlotCell cell(FxRobot robot) {
        settle();
        return robot.lookup("#plotArea").queryAs(PlotArea.class).cells().get(0);
    }

    private static Point2D screen(PlotCell cell, double px, double py) {
        return cell.localToScreen(px, py);
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
