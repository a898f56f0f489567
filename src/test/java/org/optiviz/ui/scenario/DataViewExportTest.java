package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.cli.OptiVizCommand;
import org.optiviz.core.data.DataModel;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.plot.data.DataView;
import org.optiviz.plot.data.DataViewRequest;
import org.optiviz.plot.draw.SvgRenderer;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data view is a drawing like the plot: the Export menu saves it as PNG and SVG, and the command line's
 * {@code render --data-view} draws the same picture for the same race.
 */
@ExtendWith(ApplicationExtension.class)
class DataViewExportTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private MainWindow window;
    private WindowExtras extras;
    private Path nextFile;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        extras = WindowExtras.install(window, model, new I18n(Locale.ENGLISH),
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON),
                new ScriptedFileDialogs(() -> nextFile), (owner, initial, last) -> Optional.<GifSettings>empty());
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
        window.stop();
    }

    private static int cli(String... args) {
        return OptiVizCommand.run(args, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
    }

    private void export(FxRobot robot, String item, Path file) {
        nextFile = file;
        robot.clickOn("#menuExport").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 200 && !Files.exists(file); i++) {
            WaitForAsyncUtils.sleep(25, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExportMenuAndTheCommandLineDrawTheSameDataView(FxRobot robot) throws Exception {
        Path scenario = dir.resolve("data.json");
        assertEquals(0, cli("scenario", "--data", "stopping-distance", "--batch", "5", "--seed", "3", "--steps",
                "60", "--out", scenario.toString()));
        nextFile = scenario;
        robot.clickOn("#menuFile").clickOn("#menuOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.getSurface() instanceof DataModel);
        robot.interact(() -> model.stepBy(60));
        WaitForAsyncUtils.waitForFxEvents();

        Path windowSvg = dir.resolve("window.svg");
        export(robot, "#menuDataViewSvg", windowSvg);
        Path windowPng = dir.resolve("window.png");
        export(robot, "#menuDataViewPng", windowPng);
        DataViewRequest[] held = new DataViewRequest[1];
        robot.interact(() -> held[0] = window.dataView().request());
        DataViewRequest shown = held[0];
        assertTrue(Files.exists(windowSvg) && Files.exists(windowPng), "both exports written");
        assertEquals(SvgRenderer.render(DataView.compose(shown)), Files.readString(windowSvg),
                "the file is the drawing the window shows");
        var image = ImageIO.read(windowPng.toFile());
        assertEquals(Math.round(shown.width() * 2), image.getWidth());

        Path cliSvg = dir.resolve("cli.svg");
        assertEquals(0, cli("render", "--scenario", scenario.toString(), "--data-view", "--width",
                Long.toString(Math.round(shown.width())), "--height", Long.toString(Math.round(shown.height())),
                "--out", cliSvg.toString()));
        assertEquals(Files.readString(windowSvg), Files.readString(cliSvg), "window and command line agree");
    }
}
