package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.draw.SvgRenderer;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepGeometry;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.optiviz.ui.view.PlotArea;
import org.optiviz.ui.view.PlotCell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep layout in the real window, headless: its switch and key, the readout under the pointer, a click. */
@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {
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
    void theSweepSwitchShowsTheHeatMapWhoseCellsReadOutAndApplyOnClick(FxRobot robot) throws Exception {
        OptimizerEntry momentum = model.entry(OptimizerKind.MOMENTUM);
        robot.interact(() -> {
            model.setStepLimit(200);
            model.selectedProperty().set(momentum);
        });
        robot.clickOn("#layoutSweep");
        assertEquals(Layout.SWEEP, model.getLayout());
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.sweepHeatmap().getField() != null
                && plot.sweepHeatmap().getField().sweep().x().n() == 64);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sweepControls").query().isVisible(), "the axes' choosers show with the sweep");
        PlotCell cell = plot.cells().get(0);
        SweepField field = (SweepField) cell.request().field();
        assertTrue(SvgRenderer.render(cell.compose()).contains("theory-boundary"));
        assertEquals(SvgRenderer.render(PlotComposer.compose(plot.plots().get(0).request())),
                SvgRenderer.render(cell.compose()), "the export draws what the window shows");

        Sweep sweep = field.sweep();
        SweepGeometry g = SweepGeometry.of(sweep.x(), sweep.y(), cell.getWidth(), cell.getHeight(), 1);
        int i = 20;
        int j = 30;
        Bounds screen = cell.localToScreen(cell.getLayoutBounds());
        double px = screen.getMinX() + g.columnLeft(i) + g.cellWidth() / 2;
        double py = screen.getMinY() + g.rowTop(j) + g.cellHeight() / 2;
        robot.moveTo(new javafx.geometry.Point2D(px, py));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperparams values = sweep.settings()[sweep.run(i, j)];
        String readout = robot.lookup("#cursorLabel").queryAs(Label.class).getText();
        assertTrue(readout.startsWith("lr = " + values.get("lr") + ", momentum = " + values.get("momentum")),
                readout);
        double before = momentum.getParams().get("lr");
        robot.clickOn(new javafx.geometry.Point2D(px, py));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(values.get("lr"), momentum.getParams().get("lr"));
        assertEquals(values.get("momentum"), momentum.getParams().get("momentum"));
        assertNotEquals(before, momentum.getParams().get("lr"));
        assertEquals(Layout.SWEEP, model.getLayout(), "a click neither moves the start nor leaves the sweep");

        robot.interact(plot::requestFocus);
        robot.type(KeyCode.S);
        assertEquals(Layout.OVERLAY, model.getLayout(), "S leaves the sweep");
        robot.type(KeyCode.S);
        assertEquals(Layout.SWEEP, model.getLayout(), "and comes back");
    }
}
