package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.surface3d.Camera;
import org.optiviz.plot.view.Layout;
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

/** The 3D switch, and the mouse on a 3D plot: drag turns the camera, the wheel zooms, a double click resets it. */
@ExtendWith(ApplicationExtension.class)
class OrbitGesturesTest {
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
    void theSwitchTurnsTheSurfaceTo3dAndBackKeepingTheGrid(FxRobot robot) {
        ToggleButton threeD = robot.lookup("#layout3d").queryAs(ToggleButton.class);
        robot.clickOn(threeD);
        settle();
        assertEquals(Layout.SURFACE_3D, model.getLayout());
        assertTrue(cell(robot).request().camera() != null, "the plot is drawn in 3D");
        robot.clickOn("#layoutGrid");
        settle();
        assertEquals(Layout.GRID_3D, model.getLayout());
        List<PlotCell> cells = robot.lookup("#plotArea").queryAs(PlotArea.class).cells();
        assertTrue(cells.size() > 1);
        for (PlotCell cell : cells) {
            assertEquals(model.camera.get(), cell.request().camera(), "every cell shares the camera");
        }
        robot.clickOn(threeD);
        settle();
        assertEquals(Layout.GRID, model.getLayout());
    }

    @Test
    void dragTurnsWheelZoomsAndDoubleClickResetsWhileViewAndStartStay(FxRobot robot) {
        robot.interact(() -> model.setLayout(Layout.SURFACE_3D));
        settle();
        PlotCell cell = cell(robot);
        ViewBox view = model.getView();
        Point start = model.getStart();
        Point2D centre = cell.localToScreen(cell.getWidth() / 2, cell.getHeight() / 2);
        robot.drag(centre, MouseButton.PRIMARY).moveBy(100, -50).release(MouseButton.PRIMARY);
        settle();
        Camera turned = model.camera.get();
        // mplot3d's sense: dragging right turns the surface right (azimuth down), dragging up looks from higher.
        assertEquals(Camera.DEFAULT.azimuth() - 100 * 0.4, turned.azimuth(), 1.5);
        assertEquals(Camera.DEFAULT.elevation() + 50 * 0.4, turned.elevation(), 1.5);
        assertEquals(turned, cell.request().camera(), "the plot is redrawn from the new camera");
        robot.moveTo(centre);
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        settle();
        assertTrue(model.camera.get().zoom() != 1, "the wheel zooms");
        robot.doubleClickOn(centre, MouseButton.PRIMARY);
        settle();
        assertEquals(Camera.DEFAULT, model.camera.get());
        assertEquals(view, model.getView(), "the plane's view stays");
        assertEquals(start, model.getStart(), "a click on the 3D plot does not move the start");
    }

    private PlotCell cell(FxRobot robot) {
        return robot.lookup("#plotArea").queryAs(PlotArea.class).cells().get(0);
    }

    private static void settle() {
        WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
