package org.optiviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.view.AppTheme;
import org.optiviz.ui.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Controls fine and calm enough to teach with: slider keys, exact values, focus after typing, short messages. */
@ExtendWith(ApplicationExtension.class)
class ClassroomControlsTest {
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
    void anArrowKeyMovesASliderByAHundredthShiftByATenth(FxRobot robot) {
        Slider lr = robot.lookup("#slider-lr").queryAs(Slider.class);
        OptimizerEntry sgd = model.entry(OptimizerKind.SGD);
        robot.clickOn("#slider-lr .thumb");
        double position = lr.getValue();
        double before = sgd.getParams().get("lr");
        robot.type(KeyCode.RIGHT);
        assertEquals(position + 0.01, lr.getValue(), 1e-9);
        double after = sgd.getParams().get("lr");
        assertTrue(after > before && after < before * 1.25, before + " → " + after + ": one small factor");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(position - 0.09, lr.getValue(), 1e-9);
        assertEquals(0, model.getStep(), "→ on a slider does not step the race");

        robot.interact(() -> model.selectedProperty().set(model.entry(OptimizerKind.ADAM)));
        robot.clickOn("#slider-beta1 .thumb");
        double beta = model.entry(OptimizerKind.ADAM).getParams().get("beta1");
        robot.type(KeyCode.LEFT);
        double lower = model.entry(OptimizerKind.ADAM).getParams().get("beta1");
        assertTrue(lower < beta && lower > beta - 0.02, "β₁ " + beta + " → " + lower);
    }

    @Test
    void shiftDragDialsTenTimesFiner(FxRobot robot) {
        Slider lr = robot.lookup("#slider-lr").queryAs(Slider.class);
        double position = lr.getValue();
        robot.press(KeyCode.SHIFT);
        robot.drag("#slider-lr .thumb", MouseButton.PRIMARY).moveBy(10, 0).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        double travel = lr.getWidth() - lr.snappedLeftInset() - lr.snappedRightInset();
        assertEquals(position + 10 / travel / 10, lr.getValue(), 0.002);
        double ratio = Math.pow(10, (lr.getValue() - position) * 8);
        assertTrue(ratio < 1.1, "10 pixels (8 decades on the slider) change lr by under a tenth: " + ratio);
    }

    @Test
    void enterAndEscapeHandTheKeyboardBackToThePlot(FxRobot robot) {
        TextField lr = robot.lookup("#field-lr").queryAs(TextField.class);
        robot.doubleClickOn(lr).eraseText(8).write("0.0005").type(KeyCode.ENTER);
        assertEquals(0.0005, model.entry(OptimizerKind.SGD).getParams().get("lr"));
        assertFalse(lr.isFocused(), "Enter leaves the field");
        robot.type(KeyCode.SPACE);
        assertTrue(model.isPlaying(), "Space plays again");
        robot.type(KeyCode.SPACE);
        assertEquals("0.0005", lr.getText());
        assertFits(lr);

        robot.doubleClickOn(lr).eraseText(8).write("0.3").type(KeyCode.ESCAPE);
        assertEquals("0.0005", lr.getText(), "Escape puts the value in effect back");
        assertFalse(lr.isFocused());
        assertFalse(window.presentationProperty().get());

        robot.doubleClickOn(lr).eraseText(8).write("-1").type(KeyCode.ENTER);
        assertTrue(window.statusBar().messageProperty().get().startsWith("Refused: lr: -1"));
        robot.clickOn("#plotArea");
        assertEquals("0.0005", lr.getText(), "a refused value leaves when the focus does");

        robot.doubleClickOn(lr).eraseText(8).write("1e-6").type(KeyCode.ENTER);
        assertEquals("1e-6", lr.getText());
        assertFits(lr);
    }

    @Test
    void everyFieldRefusesInTheSameWords(FxRobot robot) {
        robot.doubleClickOn("#noiseSigma").eraseText(6).write("-1").type(KeyCode.ENTER);
        assertEquals("Refused: σ: -1 is outside [0, ∞)", window.statusBar().messageProperty().get());
        robot.doubleClickOn("#startX").eraseText(6).write("abc").type(KeyCode.ENTER);
        assertEquals("Refused: x: “abc” is not a finite number", window.statusBar().messageProperty().get());
        robot.doubleClickOn("#startX").eraseText(6).write("1").type(KeyCode.ENTER);
        assertEquals("", window.statusBar().messageProperty().get(), "an accepted change ends the error");
    }

    @Test
    void messagesGoAwayByThemselves(FxRobot robot) {
        robot.interact(() -> {
            window.statusBar().setTimeScale(0.01);
            window.statusBar().showError("Refused: something");
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.statusBar().messageProperty().get());
    }

    @Test
    void evesAdamMomentsAreGreyedOutWhileItsBaseIsSgd(FxRobot robot) {
        OptimizerEntry eve = model.entry(OptimizerKind.EVE);
        robot.interact(() -> model.selectedProperty().set(eve));
        Node beta1 = robot.lookup("#slider-beta1").query();
        Node beta2 = robot.lookup("#field-beta2").query();
        assertTrue(beta1.isDisabled() && beta2.isDisabled(), "base = sgd");
        robot.interact(() -> model.setParam(eve, "base", 1));
        assertFalse(beta1.isDisabled() || beta2.isDisabled(), "base = adam");
    }

    @Test
    void speedRunsFromOneStepPerSecondOnALogSlider(FxRobot robot) {
        Slider speed = robot.lookup("#speedSlider").queryAs(Slider.class);
        Label value = robot.lookup("#speedValue").queryAs(Label.class);
        assertEquals("120 steps/s", value.getText());
        robot.interact(() -> speed.setValue(0));
        assertEquals(1, model.getStepsPerSecond());
        assertEquals("1 steps/s", value.getText());
        robot.interact(() -> model.setStepsPerSecond(2.5));
        assertEquals("2.5 steps/s", value.getText());
        robot.clickOn("#speedSlider .thumb");
        robot.type(KeyCode.RIGHT);
        double factor = model.getStepsPerSecond() / 2.5;
        assertTrue(factor > 1 && factor < 1.2, "one key press, one small factor: " + factor);
    }

    private static void assertFits(TextField field) {
        Text text = new Text(field.getText());
        text.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        assertTrue(text.getLayoutBounds().getWidth() <= room, field.getText() + " fits " + room);
    }
}
