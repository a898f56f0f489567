package org.optiviz.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Trajectory;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.optiviz.ui.view.PlotArea;
import org.optiviz.ui.view.PlotCell;
import org.optiviz.io.export.RaceSnapshot;
import org.optiviz.io.export.PlotCells;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.view.PlacedPlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Scenarios, lessons and exports in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class WindowExtrasTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private MainWindow window;
    private WindowExtras extras;
    private I18n i18n;
    private Path nextFile;
    private GifSettings gifSettings = new GifSettings(10, 6);

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        i18n = new I18n(Locale.ENGLISH);
        window = new MainWindow(model, i18n, new AppTheme());
        FileDialogs answer = new ScriptedFileDialogs(() -> nextFile);
        GifSettings.Asker gif = (owner, initial, last) -> Optional.of(gifSettings);
        extras = WindowExtras.install(window, model, i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON), answer, gif);
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        extras.exports().shutdown();
        window.stop();
    }

    private static final String SCENARIO = """
            {"version": 1, "surface": "rosenbrock", "start": {"x": -1.2, "y": 1.8},
             "view": {"xMin": -2, "xMax": 2, "yMin": -1, "yMax": 3},
             "optimizers": [
               {"key": "adam", "colour": "#112233", "params": {"lr": 0.02}},
               {"key": "eve", "params": {"base": "adam", "lr": 0.05}},
               {"key": "sgd", "shown": false}],
             "noise": {"sigma": 0.4, "seed": 11}, "speed": 7, "stepLimit": 300, "layout": "grid"}""";

    @Test
    void openingAScenarioAppliesItAndReproducesItsPaths(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("race.json"), SCENARIO);
        nextFile = file;
        robot.clickOn("#menuFile").clickOn("#menuOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("rosenbrock", model.getSurface().key());
        assertEquals(300, model.getStepLimit());
        assertEquals(7 * 60, model.getStepsPerSecond(), "an older file's steps per frame");
        assertEquals(Layout.GRID, model.getLayout());
        assertEquals(0.4, model.noiseSigmaProperty().get());
        assertTrue(model.entry(OptimizerKind.ADAM).isVisible());
        assertFalse(model.entry(OptimizerKind.SGD).isVisible());
        assertFalse(model.entry(OptimizerKind.MOMENTUM).isVisible(), "optimizers the file leaves out are hidden");
        assertEquals(1, model.entry(OptimizerKind.EVE).getParams().get("base"));
        assertEquals("Opened race.json", window.statusBar().messageProperty().get());
        assertEquals(file.toAbsolutePath(), extras.scenarios().settingsProperty().get().recentFiles().get(0));
        robot.clickOn("#menuFile").clickOn("#menuRecent");
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("race.json")).tryQuery().isPresent(), "listed under Open recent");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.interact(() -> model.stepBy(300));
        Scenario scenario = ScenarioActions.JSON.read(file);
        Race expected = scenario.race().toRace(true);
        expected.step(300, 300);
        for (var run : expected.runs()) {
            Trajectory want = run.trajectory();
            Trajectory got = model.entry(run.kind()).run().trajectory();
            assertEquals(want.size(), got.size(), run.kind().key());
            assertArrayEquals(want.xs().copy(0, want.size()), got.xs().copy(0, got.size()));
            assertArrayEquals(want.ys().copy(0, want.size()), got.ys().copy(0, got.size()));
        }
    }

    @Test
    void aDroppedScenarioIsTheFirstJsonFile() {
        assertEquals(Path.of("/t/b.JSON"), WindowExtras.firstScenario(java.util.List.of(new java.io.File("/t/a.png"),
                new java.io.File("/t/b.JSON"), new java.io.File("/t/c.json"))));
        assertEquals(null, WindowExtras.firstScenario(java.util.List.of(new java.io.File("/t/a.png"))));
    }

    @Test
    void aMalformedScenarioIsRefusedAndNothingChanges(FxRobot robot) throws Exception {
        robot.interact(() -> model.stepBy(25));
        Scenario before = ScenarioBridge.capture(model);
        long step = model.getStep();
        nextFile = Files.writeString(dir.resolve("bad.json"), SCENARIO.replace("\"lr\": 0.02", "\"beta1\": 1.5"));
        robot.clickOn("#menuFile").clickOn("#menuOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Could not open bad.json: optimizers[0].params.beta1: 1.5 is outside [0, 1)",
                window.statusBar().messageProperty().get());
        assertEquals(before, ScenarioBridge.capture(model));
        assertEquals(step, model.getStep());
        assertTrue(extras.scenarios().settingsProperty().get().recentFiles().isEmpty());
    }

    @Test
    void savingAndReopeningGivesTheSameState(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.setSurface(org.optiviz.core.surface.Surfaces.byKey("beale"));
            model.setNoise(0.25, 3);
            model.entry(OptimizerKind.NAG).setVisible(false);
            model.setParam(model.entry(OptimizerKind.ADAMW), "weight_decay", 0.123);
        });
        Scenario before = ScenarioBridge.capture(model);
        nextFile = dir.resolve("saved.json");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(nextFile), window.statusBar().messageProperty().get());
        robot.interact(() -> model.setSurface(org.optiviz.core.surface.Surfaces.byKey("saddle")));
        robot.interact(() -> extras.scenarios().open(nextFile));
        assertEquals(before, ScenarioBridge.capture(model));
    }

    @Test
    void exportsWriteTheFiles(FxRobot robot) throws Exception {
        robot.interact(() -> model.stepBy(40));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        int width = (int) Math.floor(plot.getWidth());
        int height = (int) Math.floor(plot.getHeight());

        nextFile = dir.resolve("plot.png");
        robot.clickOn("#menuExport").clickOn("#menuPng2");
        BufferedImage png = ImageIO.read(awaitFile(nextFile).toFile());
        assertEquals(2 * width, png.getWidth());
        assertEquals(2 * height, png.getHeight());
        assertEquals(dir, extras.scenarios().settingsProperty().get().lastExportFolder(), "the folder is remembered");

        nextFile = dir.resolve("plot.svg");
        robot.clickOn("#menuExport").clickOn("#menuSvg");
        assertTrue(Files.readString(awaitFile(nextFile)).contains("class=\"trajectory\" data-key=\"adam\""));

        nextFile = dir.resolve("race.gif");
        robot.clickOn("#menuExport").clickOn("#menuGif");
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(awaitFile(nextFile).toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            assertEquals(width, reader.getWidth(0));
        } finally {
            reader.dispose();
        }

        nextFile = dir.resolve("window.png");
        robot.clickOn("#menuExport").clickOn("#menuWindowPng");
        BufferedImage shot = ImageIO.read(awaitFile(nextFile).toFile());
        assertEquals((int) window.root().getScene().getWidth(), shot.getWidth());
        assertEquals((int) window.root().getScene().getHeight(), shot.getHeight());

        nextFile = dir.resolve("paths.csv");
        robot.clickOn("#menuExport").clickOn("#menuCsv");
        String csv = Files.readString(awaitFile(nextFile));
        assertTrue(csv.startsWith("optimizer,step,x,y,loss,step_size,"), csv.substring(0, 80));
        assertEquals(1 + OptimizerKind.values().length * 41, csv.lines().count(), "every optimizer, steps 0..40");
    }

    @Test
    void ctrlSSavesThePlotAsPngThroughTheExport(FxRobot robot) throws Exception {
        robot.interact(() -> model.stepBy(20));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        nextFile = dir.resolve("shortcut.png");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        BufferedImage png = ImageIO.read(awaitFile(nextFile).toFile());
        assertEquals((int) Math.floor(plot.getWidth()), png.getWidth());
        assertEquals((int) Math.floor(plot.getHeight()), png.getHeight());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.statusBar().messageProperty().get().contains("shortcut.png"));
    }

    @Test
    void theLiveViewDrawsPathsInTheExportsOrderWithTheSelectedOnTop(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.selectedProperty().set(model.entry(OptimizerKind.SGD));
            model.setStepsPerSecond(3000);
            model.setPlaying(true);
        });
        // Long enough for the live ends to be settled in chunks several times while the race moves.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.getStep() >= 1200);
        robot.interact(() -> model.setPlaying(false));
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        List<String> expected = new ArrayList<>();
        for (var entry : model.visibleEntries()) {
            if (entry.kind() != OptimizerKind.SGD) {
                expected.add(entry.kind().key());
            }
        }
        expected.add("sgd");
        assertEquals(expected, plot.cells().get(0).drawnPathKeys(), "list order, the selected optimizer last");

        nextFile = dir.resolve("order.svg");
        robot.clickOn("#menuExport").clickOn("#menuSvg");
        assertEquals(expected, svgPathKeys(Files.readString(awaitFile(nextFile))), "the export draws the same");

        robot.interact(() -> model.selectedProperty().set(model.entry(OptimizerKind.ADAM)));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> adamOnTop = new ArrayList<>();
        for (var entry : model.visibleEntries()) {
            if (entry.kind() != OptimizerKind.ADAM) {
                adamOnTop.add(entry.kind().key());
            }
        }
        adamOnTop.add("adam");
        assertEquals(adamOnTop, plot.cells().get(0).drawnPathKeys(), "a new selection is drawn on top at once");
    }

    @Test
    void theLossChartCanGoBelowTheExportedPlot(FxRobot robot) throws Exception {
        robot.interact(() -> model.stepBy(60));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        int width = (int) Math.floor(plot.getWidth());
        int height = (int) Math.floor(plot.getHeight());
        robot.interact(() -> extras.exports().lossChartProperty().set(true));
        nextFile = dir.resolve("with-chart.png");
        robot.clickOn("#menuExport").clickOn("#menuPng1");
        BufferedImage png = ImageIO.read(awaitFile(nextFile).toFile());
        assertEquals(width, png.getWidth());
        assertEquals(height + Math.max(200, Math.round(height * 0.3)), png.getHeight());
        nextFile = dir.resolve("with-chart.svg");
        robot.clickOn("#menuExport").clickOn("#menuSvg");
        String svg = Files.readString(awaitFile(nextFile));
        for (var entry : model.visibleEntries()) {
            assertTrue(svg.contains("class=\"loss\" data-key=\"" + entry.kind().key() + "\""), entry.kind().key());
        }
    }

    @Test
    void theWindowsGridIsPlacedAsTheCommandLineRendersIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.setLayout(Layout.GRID);
            model.stepBy(30);
        });
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        double w = Math.floor(plot.getWidth());
        double h = Math.floor(plot.getHeight());
        List<PlacedPlot> window = onFx(plot::plots);
        RaceSnapshot snapshot = onFx(() -> RaceSnapshot.of(ScenarioBridge.capture(model), model.race()));
        List<PlacedPlot> rendered = PlotCells.of(snapshot, w, h, PlotOptions.defaults()).cells();
        assertEquals(onFx(() -> model.visibleEntries().size()), window.size());
        assertEquals(window.size(), rendered.size());
        for (int i = 0; i < window.size(); i++) {
            PlacedPlot a = window.get(i);
            PlacedPlot b = rendered.get(i);
            assertEquals(List.of(a.x(), a.y(), a.request().width(), a.request().height(), a.request().options().scale()),
                    List.of(b.x(), b.y(), b.request().width(), b.request().height(), b.request().options().scale()),
                    "cell " + i);
            assertEquals(a.request().runs().get(0).key(), b.request().runs().get(0).key());
        }
        for (int i = 0; i < window.size(); i++) {
            PlotCell cell = plot.cells().get(i);
            assertEquals(List.of(window.get(i).x(), window.get(i).y(), window.get(i).request().width()),
                    List.of(cell.getLayoutX(), cell.getLayoutY(), cell.getWidth()), "the cell on screen " + i);
        }
    }

    private static List<String> svgPathKeys(String svg) {
        List<String> keys = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"trajectory\" data-key=\"([^\"]+)\"")
                .matcher(svg);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void anUnwritableExportShowsOneLineAndLeavesNoFile(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        nextFile = notAFolder.resolve("plot.png");
        robot.clickOn("#menuExport").clickOn("#menuPng1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.statusBar().messageProperty().get().startsWith("Export failed"));
        assertEquals("Export failed: cannot write " + nextFile + ": " + notAFolder + " is a file, not a folder",
                window.statusBar().messageProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> !p.getFileName().toString().equals("config")).count());
        }
    }

    @Test
    void aLongGifCanBeCancelledAndLeavesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> model.stepBy(400));
        gifSettings = new GifSettings(20, 2000);
        nextFile = dir.resolve("long.gif");
        robot.clickOn("#menuExport").clickOn("#menuGif");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> extras.exports().running().getProgress() > 0));
        assertTrue(model.getStep() == 400 && window.root().getScene().getWindow().isShowing(), "window responsive");
        robot.clickOn("#exportCancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> extras.exports().running().isDone()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Export of long.gif cancelled; nothing was written", window.statusBar().messageProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("config"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aLessonShowsItsExplanationInTheCurrentLanguage(FxRobot robot) {
        robot.clickOn("#menuLessons").clickOn("#lesson-eve-loss-feedback");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(extras.lessonPanel().isVisible());
        assertEquals("Eve scales its learning rate from the loss",
                robot.lookup("#lessonTitle").queryLabeled().getText());
        assertTrue(model.entry(OptimizerKind.EVE).isVisible());
        assertFalse(model.entry(OptimizerKind.ADAM).isVisible());
        robot.interact(() -> i18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Eve 根据损失调节学习率", robot.lookup("#lessonTitle").queryLabeled().getText());
        robot.clickOn("#lessonClose");
        assertFalse(extras.lessonPanel().isVisible());
    }

    @Test
    void theSessionIsKeptForTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            extras.scenarios().openLesson("saddle-with-noise.json");
            extras.close();
        });
        Path session = dir.resolve("config").resolve(SettingsStore.SESSION_FILE);
        assertTrue(Files.exists(session));
        MainViewModel next = OptiVizApp.newModel();
        SettingsStore store = new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON);
        robot.interact(() -> new ScenarioActions(next, i18n, window.statusBar(), null, store, new LessonPanel(i18n))
                .restoreLastSession());
        assertEquals("saddle", next.getSurface().key());
        assertEquals(0.3, next.noiseSigmaProperty().get());
        assertEquals(ScenarioBridge.capture(model), ScenarioBridge.capture(next));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static Path awaitFile(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }
}
