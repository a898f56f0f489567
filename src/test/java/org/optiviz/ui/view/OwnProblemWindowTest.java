package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Surface;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The problem chooser's own entries in the real window, headless: a typed function and a model on data. */
@ExtendWith(ApplicationExtension.class)
class OwnProblemWindowTest {
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
    void aMistypedFunctionIsShownByColumnAndNothingTypedIsLost(FxRobot robot) {
        ProblemChooser chooser = robot.lookup("#surfaceChooser").queryAs(ProblemChooser.class);
        robot.interact(() -> chooser.setValue(ProblemChooser.FUNCTION));
        assertInstanceOf(TypedSurface.class, model.getSurface(), "the editor's function is raced at once");
        assertTrue(robot.lookup("#functionEditor").query().isVisible());
        Surface before = model.getSurface();
        TextField text = robot.lookup("#functionText").queryAs(TextField.class);
        robot.clickOn(text);
        robot.interact(text::clear);
        robot.write("(x + 2y - 7^2 + sin(x");
        WaitForAsyncUtils.waitForFxEvents();
        FunctionEditor editor = robot.lookup("#functionEditor").queryAs(FunctionEditor.class);
        assertTrue(editor.problemText().startsWith("Column 22: expected “)”"), editor.problemText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, model.getSurface(), "a bad function changes nothing");
        assertEquals("(x + 2y - 7^2 + sin(x", text.getText());
        robot.write("))");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("(x + 2y - 7^2 + sin(x))", ((TypedSurface) model.getSurface()).text());
        assertEquals("", editor.problemText());
    }

    @Test
    void aDataProblemShowsItsPointsBatchAndModels(FxRobot robot) {
        ProblemChooser chooser = robot.lookup("#surfaceChooser").queryAs(ProblemChooser.class);
        robot.interact(() -> chooser.setValue(ProblemChooser.DATA));
        for (int i = 0; i < 100 && !(model.getSurface() instanceof DataModel); i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        DataModel data = assertInstanceOf(DataModel.class, model.getSurface(), "the data is read and fitted");
        TextField batch = robot.lookup("#dataBatchSize").queryAs(TextField.class);
        robot.clickOn(batch);
        robot.interact(batch::clear);
        robot.write("8");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, ((DataModel) model.getSurface()).batchSize(), "the typed batch size is raced");
        assertSame(data.data(), ((DataModel) model.getSurface()).data(), "without reading or fitting again");
        robot.interact(() -> model.stepBy(5));
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DataViewPane view = robot.lookup("#dataView").queryAs(DataViewPane.class);
        assertTrue(view.isVisible() && view.getHeight() > 100, "the data view takes room under the plot");
        assertNotNull(view.drawn());
        ClipGroup inside = (ClipGroup) view.drawn().items().stream().filter(i -> i instanceof ClipGroup).findFirst()
                .orElseThrow();
        assertEquals(8, count(inside, "batch-point"), "the step's minibatch is highlighted");
        long models = count(inside, "model");
        assertTrue(models >= 1 && models <= model.visibleEntries().size(),
                "at most one model per shown optimizer (a line that misses the frame is left out): " + models);
        robot.interact(() -> chooser.setValue(chooser.getItems().get(0)));
        assertFalse(view.isVisible(), "a surface has no data view");
    }

    private static long count(ClipGroup group, String role) {
        return group.items().stream().filter(item -> role.equals(roleOf(item))).count();
    }

    private static String roleOf(Item item) {
        if (item instanceof org.optiviz.plot.draw.Marker m) {
            return m.role();
        }
        if (item instanceof org.optiviz.plot.draw.Polyline p) {
            return p.role();
        }
        return "";
    }
}
