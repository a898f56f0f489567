package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.chart.LossChart;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Item;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The arrows menu, the rule card and the theory panel in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class InsideStepWindowTest {
    private MainViewModel model;
    private MainWindow window;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        model = OptiVizApp.newModel();
        i18n = new I18n(Locale.ENGLISH);
        window = new MainWindow(model, i18n, new AppTheme());
        window.show(stage, 1280, 800);
        model.setSurface(Surfaces.byKey("ellipsoid"));
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void arrowsAppearOnThePlotWhenSwitchedOn(FxRobot robot) {
        robot.interact(() -> model.stepBy(3));
        awaitFrames();
        PlotArea plot = robot.lookup("#plotArea").queryAs(PlotArea.class);
        assertFalse(roles(plot.cells().get(0).liveLayer().items()).contains("vector-step"));
        robot.clickOn("#arrowMenu");
        robot.clickOn("Show arrows");
        awaitFrames();
        List<String> roles = roles(plot.cells().get(0).liveLayer().items());
        assertTrue(roles.contains("vector-step") && roles.contains("vector-gradient")
                && roles.contains("vector-momentum"), roles.toString());
        // The composed plot, which every export draws, has them too.
        assertTrue(roles(plot.cells().get(0).compose().items()).contains("vector-step"));
        save(robot, plot, "inside-arrows.png");
    }

    @Test
    void theRuleCardStepsAndCopies(FxRobot robot) {
        robot.interact(() -> {
            model.stepBy(3);
            model.selectedProperty().set(model.entry(OptimizerKind.ADAM));
            robot.lookup("#insideTabs").queryAs(InsideTabs.class).getSelectionModel().select(1);
        });
        awaitFrames();
        RuleCardView card = robot.lookup("#ruleCard").queryAs(RuleCardView.class);
        String before = card.text();
        assertTrue(before.startsWith("Adam, step 3\n"), before);
        assertTrue(before.contains("first moment (mean gradient): m ← β₁·m + (1 − β₁)·g"), before);
        reveal(robot, "#ruleNextStep");
        robot.clickOn("#ruleNextStep");
        awaitFrames();
        assertEquals(4, model.getStep());
        assertTrue(card.text().startsWith("Adam, step 4\n"), card.text());
        assertNotEquals(before.substring(before.indexOf('\n')), card.text().substring(card.text().indexOf('\n')));
        reveal(robot, "#ruleCopy");
        robot.clickOn("#ruleCopy");
        awaitFrames();
        assertEquals(card.text(), onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        save(robot, robot.lookup("#insideTabs").query(), "inside-rule-en.png");
        robot.interact(() -> i18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        awaitFrames();
        assertTrue(card.text().startsWith("Adam，第 4 步\n"), card.text());
        assertTrue(card.text().contains("一阶矩"), card.text());
        save(robot, robot.lookup("#insideTabs").query(), "inside-rule-zh.png");
    }

    @Test
    void theoryPanelSetsTheOptimalSettingsAndTheChartPredicts(FxRobot robot) {
        robot.interact(() -> {
            model.stepBy(20);
            robot.lookup("#insideTabs").queryAs(InsideTabs.class).getSelectionModel().select(2);
        });
        awaitFrames();
        TheoryPanel panel = robot.lookup("#theoryPanel").queryAs(TheoryPanel.class);
        assertEquals(20, panel.theory().numbers().conditionNumber(), 1e-12);
        reveal(robot, "#theorySetSgd");
        robot.clickOn("#theorySetSgd");
        reveal(robot, "#theorySetMomentum");
        robot.clickOn("#theorySetMomentum");
        awaitFrames();
        assertEquals(2 / 4.2, model.entry(OptimizerKind.SGD).getParams().get("lr"), 1e-15);
        assertEquals(panel.theory().numbers().momentumOptimalLr(),
                model.entry(OptimizerKind.MOMENTUM).getParams().get("lr"), 1e-15);
        assertEquals(panel.theory().numbers().momentumOptimalMomentum(),
                model.entry(OptimizerKind.MOMENTUM).getParams().get("momentum"), 1e-15);
        List<String> keys = LossChartRequests.of(model, i18n, org.optiviz.plot.Theme.LIGHT, 1, 300, 200)
                .series().stream().map(s -> s.key()).toList();
        assertTrue(keys.contains(LossChart.PREDICTED + "sgd") && keys.contains(LossChart.PREDICTED + "momentum")
                && !keys.contains(LossChart.PREDICTED + "adam"), keys.toString());
        save(robot, robot.lookup("#insideTabs").query(), "inside-theory-en.png");
    }

    /** Scrolls the right column so that the node is in view, as a user would before clicking it. */
    private static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node up = node.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
                javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(
                        node.localToScene(node.getLayoutBounds()));
                double room = content.getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
                }
            }
        });
        awaitFrames();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roles(List<Item> items) {
        List<String> roles = new java.util.ArrayList<>();
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                roles.addAll(roles(group.items()));
            } else if (item instanceof FilledPath path) {
                roles.add(path.role());
            }
        }
        return roles;
    }

    /** A picture of the node in target/, to look at; not compared. */
    private static void save(FxRobot robot, Node node, String name) {
        WritableImage image = onFx(() -> node.snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Files.createDirectories(Path.of("target", "screens"));
            ImageIO.write(out, "png", Path.of("target", "screens", name).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitFrames() {
        WaitForAsyncUtils.sleep(120, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
