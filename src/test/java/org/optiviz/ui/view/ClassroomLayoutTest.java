package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.settings.ConfigDir;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.scenario.FileDialogs;
import org.optiviz.ui.scenario.ScenarioActions;
import org.optiviz.ui.scenario.WindowExtras;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window laid out at the sizes of classroom projectors and laptops, in both languages, with a lesson open:
 * the plot's share of the screen, and no labelled control whose text is cut, ellipsised or pushed off the window.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomLayoutTest {
    private static final double[][] SIZES = {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}};
    @TempDir
    Path dir;
    private MainWindow window;
    private WindowExtras extras;
    private I18n i18n;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        MainViewModel model = OptiVizApp.newModel();
        i18n = new I18n(Locale.ENGLISH);
        window = new MainWindow(model, i18n, new AppTheme());
        FileDialogs none = new FileDialogs() {
            @Override
            public Path open(javafx.stage.Window owner, String title, String extension, Path folder) {
                return null;
            }

            @Override
            public Path save(javafx.stage.Window owner, String title, String extension, Path folder,
                             String name) {
                return null;
            }
        };
        extras = WindowExtras.install(window, model, i18n,
                new SettingsStore(new ConfigDir(dir.resolve("config")), ScenarioActions.JSON), none,
                (owner, initial, last) -> Optional.empty());
        root = window.root();
        // Laid out off-stage at exact sizes: presentation mode here needs no full-screen window manager.
        Group holder = new Group(root);
        holder.setAutoSizeChildren(false);
        Scene scene = new Scene(holder);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/optiviz/ui/optiviz.css").toExternalForm());
    }

    @Test
    void presentationGivesThePlotTheScreenAtEverySizeInBothLanguages(FxRobot robot) {
        robot.interact(() -> extras.scenarios().openLesson("ravine-sgd-momentum.json"));
        widestToolBarValues(robot);
        List<String> problems = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> i18n.setLocale(language));
            robot.interact(() -> window.presentationProperty().set(true));
            for (double[] size : SIZES) {
                robot.interact(() -> layOut(size[0], size[1]));
                Bounds plot = plotBounds();
                String where = "presentation " + language + " " + (int) size[0] + "×" + (int) size[1];
                check(problems, plot.getWidth() >= 0.65 * size[0], where + ": plot width " + plot.getWidth());
                check(problems, plot.getHeight() >= 0.70 * size[1], where + ": plot height " + plot.getHeight());
                problems.addAll(cutLabels(where, size[0]));
                problems.addAll(overflow(where));
            }
            robot.interact(() -> window.presentationProperty().set(false));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void normalModeFitsEverySizeAndKeepsAPlotBesideALesson(FxRobot robot) {
        robot.interact(() -> extras.scenarios().openLesson("ravine-sgd-momentum.json"));
        widestToolBarValues(robot);
        List<String> problems = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>(List.of(SIZES));
        sizes.add(new double[] {1600, 1000});
        sizes.add(new double[] {MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT});
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> i18n.setLocale(language));
            for (double[] size : sizes) {
                robot.interact(() -> layOut(size[0], size[1]));
                Bounds plot = plotBounds();
                String where = "normal " + language + " " + (int) size[0] + "×" + (int) size[1];
                check(problems, plot.getWidth() >= 0.40 * size[0], where + ": plot width " + plot.getWidth());
                check(problems, plot.getHeight() >= 0.40 * size[1], where + ": plot height " + plot.getHeight());
                problems.addAll(cutLabels(where, size[0]));
                problems.addAll(overflow(where));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOptimizerShownStillFitsThePresentationScreen(FxRobot robot) {
        widestToolBarValues(robot);
        robot.interact(() -> window.model().entries().forEach(e -> e.setVisible(true)));
        List<String> problems = new ArrayList<>();
        for (double[] size : SIZES) {
            robot.interact(() -> {
                window.presentationProperty().set(true);
                layOut(size[0], size[1]);
            });
            String where = "all optimizers " + (int) size[0] + "×" + (int) size[1];
            Bounds plot = plotBounds();
            check(problems, plot.getHeight() >= 0.70 * size[1], where + ": plot height " + plot.getHeight());
            problems.addAll(cutLabels(where, size[0]));
            problems.addAll(overflow(where));
        }
        assertEquals(List.of(), problems);
    }

    /** The longest numbers the tool bar shows: full speed, a million-step limit. */
    private void widestToolBarValues(FxRobot robot) {
        robot.interact(() -> {
            window.model().setStepsPerSecond(org.optiviz.ui.model.PlaySpeed.MAX);
            window.model().setStepLimit(MainViewModel.MAX_STEP_LIMIT);
        });
    }

    @Test
    void presentationPanelsComeOverThePlotFromTheToolBar(FxRobot robot) {
        robot.interact(() -> {
            window.presentationProperty().set(true);
            layOut(1024, 768);
        });
        Node left = root.lookup("#leftOverlay");
        assertTrue(!left.isVisible(), "the panels start hidden");
        robot.interact(() -> ((javafx.scene.control.ToggleButton) root.lookup("#leftPanelToggle")).fire());
        assertTrue(root.lookup("#surfaceChooser") != null && left.isVisible(), "the surface panel shows");
        robot.interact(() -> layOut(1024, 768));
        assertTrue(cutLabels("left panel", 1024).isEmpty(), cutLabels("left panel", 1024).toString());
    }

    /** Tool bar, middle and status bar no wider than the window (their content would be cut at its edge). */
    private List<String> overflow(String where) {
        List<String> problems = new ArrayList<>();
        for (Node part : List.of(root.getTop(), root.getCenter(), root.getBottom())) {
            double width = part.getLayoutBounds().getWidth();
            if (width > root.getWidth() + 0.5) {
                problems.add(where + ": " + part.getClass().getSimpleName() + " is " + width + " wide");
            }
        }
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private void layOut(double width, double height) {
        for (int pass = 0; pass < 4; pass++) {
            root.resize(width, height);
            root.applyCss();
            root.layout();
        }
    }

    private Bounds plotBounds() {
        Node plot = root.lookup("#plotArea");
        return plot.localToScene(plot.getLayoutBounds());
    }

    /** Every shown label, button, checkbox or cell whose text is cut, and every field too narrow for its value. */
    private List<String> cutLabels(String where, double windowWidth) {
        List<String> problems = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                Text shown = shownText(labeled);
                if (shown != null && !shown.getText().replace("\n", " ").replace("  ", " ").strip()
                        .equals(labeled.getText().replace("\n", " ").strip())) {
                    problems.add(where + ": “" + labeled.getText() + "” shows as “" + shown.getText() + "”");
                }
                offWindow(where, labeled, labeled.getText(), windowWidth, problems);
            } else if (node instanceof TextField field && field.getText() != null && !field.getText().isEmpty()) {
                Text measure = new Text(field.getText());
                measure.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    problems.add(where + ": field " + field.getId() + " too narrow for “" + field.getText() + "”");
                }
                offWindow(where, field, field.getText(), windowWidth, problems);
            }
        });
        return problems;
    }

    /** A control that sticks out of the window, or out of the scroll pane it is in, is cut too. */
    private static void offWindow(String where, Node node, String text, double windowWidth, List<String> out) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double right = windowWidth;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                if (viewport != null) {
                    right = Math.min(right, viewport.localToScene(viewport.getLayoutBounds()).getMaxX());
                }
            }
        }
        if (b.getMaxX() > right + 1 || b.getMinX() < -1) {
            out.add(where + ": “" + text + "” reaches " + Math.round(b.getMaxX()) + " beyond " + Math.round(right));
        }
    }

    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText, not an icon graphic (which is a Text too).
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text;
            }
        }
        return null;
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
