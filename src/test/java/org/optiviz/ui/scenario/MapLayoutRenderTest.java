package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.io.export.PlotCells;
import org.optiviz.io.export.RaceSnapshot;
import org.optiviz.plot.MapField;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.RaceMaps;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
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

/**
 * A scenario in the map layout is drawn by the exports (render, the command line's pictures) as the window draws it
 * once its maps are refined: the same cells with the same maps, pixel for pixel when drawn with the same look.
 */
@ExtendWith(ApplicationExtension.class)
class MapLayoutRenderTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1024, 700);
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void theCommandLineDrawsTheMapsTheWindowShows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (OptimizerEntry entry : model.entries()) {
                entry.setVisible(entry.kind().key().equals("adam") || entry.kind().key().equals("sgd"));
            }
            model.setStepLimit(40);
            model.setLayout(Layout.MAP);
            model.stepBy(40);
        });
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> refined(plot.plots())));
        double w = Math.floor(plot.getWidth());
        double h = Math.floor(plot.getHeight());
        List<PlacedPlot> shown = onFx(plot::plots);
        RaceSnapshot snapshot = onFx(() -> RaceSnapshot.of(ScenarioBridge.capture(model), model.race()));
        assertEquals(Layout.MAP, snapshot.scenario().layout());
        List<PlacedPlot> rendered = PlotCells.of(snapshot, w, h, PlotOptions.defaults()).cells();
        assertEquals(2, shown.size());
        assertEquals(shown.size(), rendered.size());
        assertTrue(refined(rendered), "the command line draws the refined maps");
        for (int i = 0; i < shown.size(); i++) {
            PlacedPlot window = shown.get(i);
            PlacedPlot export = rendered.get(i);
            assertEquals(List.of(window.x(), window.y(), window.request().width(), window.request().height()),
                    List.of(export.x(), export.y(), export.request().width(), export.request().height()), "cell " + i);
            // The window's look (theme, title in the window's language) aside, the drawing is the same.
            PlacedPlot windowInExportLook = new PlacedPlot(window.x(), window.y(),
                    window.request().withOptions(export.request().options()));
            assertArrayEquals(pixels(windowInExportLook, "window" + i), pixels(export, "export" + i), "cell " + i);
        }
    }

    /** Whether every cell shows a map refined to the window's final size. */
    private static boolean refined(List<PlacedPlot> cells) {
        for (PlacedPlot cell : cells) {
            if (!(cell.request().field() instanceof MapField map) || map.map().grid().cols() != RaceMaps.FINE) {
                return false;
            }
        }
        return !cells.isEmpty();
    }

    private int[] pixels(PlacedPlot cell, String name) throws Exception {
        PlacedPlot alone = new PlacedPlot(0, 0, cell.request());
        Path file = dir.resolve(name + ".png");
        Exports.png(file, new Picture(cell.request().width(), cell.request().height(), 0xFFFFFFFF, List.of(alone)), 1);
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
