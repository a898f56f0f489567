package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Details a user would see go wrong in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class WindowDetailsTest {
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = OptiVizApp.newModel();
        window = new MainWindow(model, new I18n(Locale.ENGLISH), new AppTheme());
        window.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        window.stop();
    }

    @Test
    void statusLineShowsTheGradientAtANewStartWithTheSameLoss(FxRobot robot) {
        robot.interact(() -> model.setSurface(Surfaces.byKey("rosenbrock")));
        robot.interact(() -> model.setStart(new Point(1, 1)));
        awaitFrames();
        String status = robot.lookup("#status-sgd").queryAs(Label.class).getText();
        assertTrue(status.endsWith("‖g‖ 0.00") || status.endsWith("‖g‖ 0"), status);
    }

    @Test
    void helpFitsInsideASmallWindowInPresentationMode(FxRobot robot) {
        robot.interact(() -> window.presentationProperty().set(true));
        robot.type(KeyCode.F1);
        awaitFrames();
        Node card = robot.lookup(".help-card").query();
        Bounds shown = card.localToScene(card.getBoundsInLocal());
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        assertTrue(shown.getMinX() >= 0 && shown.getMaxX() <= width && shown.getMinY() >= 0
                && shown.getMaxY() <= height, shown + " inside " + width + "×" + height);
        robot.type(KeyCode.ESCAPE);
        awaitFrames();
        assertEquals(false, robot.lookup("#helpOverlay").query().isVisible());
    }

    @Test
    void optimizerNamesAndDivergedBadgesAreNotCutShort(FxRobot robot) {
        robot.interact(() -> {
            model.setSurface(Surfaces.byKey("monkey-saddle"));
            model.stepBy(1000);
        });
        awaitFrames();
        Label badge = robot.lookup("#badge-momentum").queryAs(Label.class);
        assertTrue(badge.getText().contains(Long.toString(model.entry(OptimizerKind.MOMENTUM).divergedAtProperty()
                .get())), badge.getText());
        for (Node node : robot.lookup(".run-badge").queryAll()) {
            Label label = (Label) node;
            Label name = (Label) label.getParent().getChildrenUnmodifiable().get(2);
            assertTrue(label.getWidth() + 0.5 >= label.prefWidth(-1),
                    name.getText() + ": " + label.getText() + " cut to " + label.getWidth());
            assertTrue(name.getWidth() + 0.5 >= name.prefWidth(-1), name.getText() + " cut to " + name.getWidth());
            Node row = label.getParent();
            Bounds inList = row.localToScene(row.getBoundsInLocal());
            Node list = row.getParent().getParent();
            assertTrue(inList.getMaxX() <= list.localToScene(list.getBoundsInLocal()).getMaxX() + 0.5,
                    name.getText() + "'s row overflows the list");
        }
    }

    @Test
    void presentationModeOnASmallScreenLeavesThePlotMostOfTheWidth(FxRobot robot) {
        robot.interact(() -> window.presentationProperty().set(true));
        awaitFrames();
        double plotWidth = robot.lookup("#plotArea").query().getLayoutBounds().getWidth();
        double width = stage.getScene().getWidth();
        assertTrue(plotWidth >= 0.45 * width, "plot " + plotWidth + " of " + width);
    }

    private static void awaitFrames() {
        WaitForAsyncUtils.sleep(80, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
