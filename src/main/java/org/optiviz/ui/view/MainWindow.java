package org.optiviz.ui.view;

import atlantafx.base.theme.Tweaks;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.FrameStats;
import org.optiviz.ui.model.FunctionEditorModel;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.LayoutKinds;
import org.optiviz.ui.model.ArrowSettings;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.ParamEditorModel;

/**
 * The visualizer window: tool bar on top, surface and optimizers on the left, the plot in the middle, the selected
 * optimizer's hyperparameters, internals and the loss chart on the right, and the status line at the bottom.
 */
public final class MainWindow {
    /** Presentation mode scales fonts and plot lines by this much, for the back row. */
    static final double PRESENTATION_SCALE = 1.6;
    private static final int READOUT_EVERY = 30;
    /** The smallest window the layout is designed for (a 1024×768 screen less a panel or title bar). */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 680;

    private final MainViewModel model;
    private final I18n i18n;
    private final AppTheme theme;
    private Runnable saveAction = () -> { };
    private Runnable tuneAction = () -> { };
    private final StatusBar statusBar;
    private final PlotArea plot;
    private final ArrowSettings arrows = new ArrowSettings();
    private final LossChart chart;
    private final Shortcuts shortcuts = new Shortcuts();
    private final HelpOverlay help;
    private final FrameLoop loop;
    private final BorderPane root = new BorderPane();
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty showFrames = new SimpleBooleanProperty(this, "showFrames");
    private final ControlsPanel controls;
    private final ProblemEditors problems;
    private final DataViewPane dataView;
    private final HBox topBar;
    private final VBox rightContent = new VBox(10);
    private final ScrollPane rightColumn;
    private final WindowLayout layout;
    private Stage stage;
    private int readoutCountdown = READOUT_EVERY;
    private boolean keepStats;
    private volatile long firstFrameMillis;

    public MainWindow(MainViewModel model, I18n i18n, AppTheme theme) {
        this.model = model;
        this.i18n = i18n;
        this.theme = theme;
        this.statusBar = new StatusBar(i18n);
        this.plot = new PlotArea(model, i18n, statusBar);
        plot.setArrows(arrows);
        this.chart = new LossChart(model, i18n);
        this.problems = new ProblemEditors(model, i18n, statusBar::showError);
        this.dataView = new DataViewPane(model, i18n);
        this.help = new HelpOverlay(i18n, shortcuts);
        this.loop = new FrameLoop(model, plot::drawIfDirty, () -> {
            chart.drawIfDirty();
            dataView.drawIfDirty();
            updateReadout();
        });
        this.controls = new ControlsPanel(model, i18n, statusBar::showError, problems, () -> tuneAction.run());
        controls.setMinWidth(220);
        this.rightColumn = rightColumn();
        SweepControls sweepControls = new SweepControls(model, i18n, statusBar::showError);
        plot.sweepHeatmap().problemProperty().addListener((obs, old, now) -> sweepControls.showProblem(now));
        VBox centre = new VBox(sweepControls, DataViewPane.under(plot, dataView));
        VBox.setVgrow(centre.getChildren().get(1), Priority.ALWAYS);
        centre.setMinSize(0, 0);
        this.layout = new WindowLayout(root, controls, rightColumn, centre, new LegendStrip(model));
        this.topBar = topBar();
        root.setTop(topBar);
        root.setBottom(statusBar);
        root.getStyleClass().add("optiviz");
        // An accepted change ends an error message that is still showing.
        model.redraws().rewriteVersionProperty().addListener((obs, old, now) -> statusBar.clearError());

        statusBar.showMessage(i18n.get("status.hint"));
        // A long replay runs in the background: say why the paths have not caught up with the settings yet.
        model.replayingProperty().addListener((obs, was, now) -> {
            String replaying = i18n.get("status.replaying");
            if (now) {
                statusBar.showMessage(replaying);
            } else if (replaying.equals(statusBar.messageProperty().get())) {
                statusBar.showMessage("");
            }
        });
        theme.darkProperty().addListener((obs, old, now) -> applyThemeToPlot());
        applyThemeToPlot();
        presentation.addListener((obs, old, now) -> applyPresentation(now));
        showFrames.addListener((obs, old, now) -> {
            if (!now) {
                statusBar.showFrames("");
            }
        });
    }

    private HBox topBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, new TransportBar(model, i18n, statusBar::showError), spacer,
                new ArrowMenu(i18n, arrows, presentation),
                new PanelToggles(i18n, layout.leftShownProperty(), layout.rightShownProperty(), presentation),
                new ToolButtons(i18n, model::fitView, this::saveScreenshot, showFrames, theme.darkProperty(),
                        help::toggle, presentation));
        top.getStyleClass().add("tool-bar-row");
        top.setPadding(new Insets(6, 6, 6, 6));
        return top;
    }

    /** Hyperparameters, internals and the loss chart, which takes the height left over. */
    private ScrollPane rightColumn() {
        Label chartTitle = new Label();
        chartTitle.textProperty().bind(i18n.text("chart.title"));
        chartTitle.getStyleClass().add("section-heading");
        rightContent.getChildren().setAll(new ParamPanel(model, new ParamEditorModel(model), i18n, statusBar::showError),
                new Separator(), new InsideTabs(model, i18n, new InternalsView(model, i18n)), new Separator(),
                chartTitle, chart);
        rightContent.setPadding(new Insets(10));
        VBox.setVgrow(chart, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(rightContent);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(240);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        UncachedViewport.of(scroll);
        return scroll;
    }

    /** Puts the window on the stage, installs shortcuts and starts the frame loop. */
    public void show(Stage target, double width, double height) {
        this.stage = target;
        // The help covers the whole window, so its two columns fit beside each other on small screens too.
        StackPane layers = new StackPane(root, help);
        layers.getStyleClass().add("optiviz");
        Scene scene = new Scene(layers, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/optiviz/ui/optiviz.css").toExternalForm());
        installShortcuts(scene);
        Runnable firstFrame = new Runnable() {
            @Override
            public void run() {
                if (firstFrameMillis == 0 && plot.hasDrawn()) {
                    firstFrameMillis = System.currentTimeMillis();
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            }
        };
        scene.addPostLayoutPulseListener(firstFrame);
        target.setScene(scene);
        target.titleProperty().bind(i18n.text("app.title"));
        target.setMinWidth(MIN_WIDTH);
        target.setMinHeight(MIN_HEIGHT);
        target.fullScreenProperty().addListener((obs, old, now) -> presentation.set(now));
        target.setFullScreenExitHint("");
        target.show();
        plot.requestFocus();
        loop.start();
    }

    /** Stops the frame loop (the window is closing). */
    public void stop() {
        loop.stop();
    }

    private void installShortcuts(Scene scene) {
        shortcuts.plain(KeyCode.SPACE, "help.play", model::togglePlaying)
                .plain(KeyCode.RIGHT, "help.step", model::stepOnce)
                .plain(KeyCode.R, "help.reset", model::reset)
                .plain(KeyCode.F, "help.fit", model::fitView)
                .plain(KeyCode.G, "help.layout",
                        () -> model.setLayout(LayoutKinds.withGrid(model.getLayout(),
                                !LayoutKinds.isGrid(model.getLayout()))))
                .plain(KeyCode.S, "help.sweep", () -> model.setLayout(model.getLayout() == Layout.SWEEP
                        ? Layout.OVERLAY : Layout.SWEEP))
                .plain(KeyCode.D, "help.3d", () -> model.setLayout(LayoutKinds.with3d(model.getLayout(),
                        !LayoutKinds.is3d(model.getLayout()))))
                .always(Shortcuts.ctrl(KeyCode.S), "help.screenshot", this::saveScreenshot)
                .always(new KeyCodeCombination(KeyCode.F1), "help.help", help::toggle)
                .always(new KeyCodeCombination(KeyCode.F11), "help.presentation",
                        () -> presentation.set(!presentation.get()))
                .plain(KeyCode.A, "help.arrows", () -> arrows.shownProperty().set(!arrows.shownProperty().get()))
                .plain(KeyCode.O, "help.leftPanel", () -> toggle(layout.leftShownProperty()))
                .plain(KeyCode.H, "help.rightPanel", () -> toggle(layout.rightShownProperty()))
                // Plain, so that in a text field Escape reverts the field instead.
                .plain(KeyCode.ESCAPE, "help.close", () -> {
                    if (help.isVisible()) {
                        help.setVisible(false);
                    } else if (layout.leftShownProperty().get() || layout.rightShownProperty().get()) {
                        layout.leftShownProperty().set(false);
                        layout.rightShownProperty().set(false);
                    } else if (presentation.get()) {
                        presentation.set(false);
                    }
                })
                .install(scene);
    }

    private void applyPresentation(boolean on) {
        for (Node node : new Node[] {root, help}) {
            if (on) {
                node.getStyleClass().add("presentation");
            } else {
                node.getStyleClass().remove("presentation");
            }
        }
        plot.setScale(on ? PRESENTATION_SCALE : 1);
        dataView.setScale(on ? PRESENTATION_SCALE : 1);
        plot.setLegendInside(!on);
        chart.setScale(on ? PRESENTATION_SCALE : 1);
        layout.setPresentation(on);
        if (stage != null && stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }

    /** O and H in presentation mode: show or hide a side panel over the plot. */
    private void toggle(BooleanProperty shown) {
        if (presentation.get()) {
            shown.set(!shown.get());
        }
    }

    private void applyThemeToPlot() {
        plot.setDark(theme.isDark());
        chart.setDark(theme.isDark());
        dataView.setDark(theme.isDark());
    }

    /** Ctrl+S and the camera button: the plot as PNG, where the user chooses, as the Export menu writes it. */
    public void saveScreenshot() {
        model.setPlaying(false);
        saveAction.run();
    }

    /** What "Tune lr" beside the optimizer list does: tune every shown optimizer's learning rate. */
    public void setTuneAction(Runnable action) {
        tuneAction = action;
    }

    /** What Ctrl+S and the camera button do: the export of the plot as PNG. */
    public void setSaveAction(Runnable action) {
        saveAction = action;
    }

    /** Shows frames per second and frame times once in a while, if the readout is on. */
    private void updateReadout() {
        if (--readoutCountdown > 0) {
            return;
        }
        readoutCountdown = READOUT_EVERY;
        FrameStats intervals = loop.intervals();
        if (showFrames.get() && intervals.count() > 0) {
            double p50 = intervals.percentileMillis(50);
            statusBar.showFrames(i18n.get("frames.text", String.format(Locale.ROOT, "%.0f", 1000 / p50),
                    String.format(Locale.ROOT, "%.1f", p50),
                    String.format(Locale.ROOT, "%.1f", intervals.percentileMillis(95))));
        }
        if (!keepStats) {
            loop.clearStats();
        }
    }

    /** Keeps every frame's time from now on, for --frame-stats. */
    public void startMeasuring() {
        loop.clearStats();
        keepStats = true;
    }

    /** Wall-clock time of the first pulse that showed the plot, 0 before. */
    public long firstFrameMillis() {
        return firstFrameMillis;
    }

    public FrameStats frameIntervals() {
        return loop.intervals();
    }

    public FrameStats frameWork() {
        return loop.work();
    }

    /** Puts a menu bar (Export, Lessons, scenarios) above the tool bar. */
    public void setMenuBar(MenuBar menuBar) {
        root.setTop(new VBox(menuBar, topBar));
    }

    /** Where a lesson's explanation goes: beside the plot where there is room, otherwise below it. */
    public void setLessonPanel(Region panel) {
        layout.setLesson(panel);
    }

    /** The data view under the plot (shown while a data problem is raced), which the Export menu saves. */
    public DataViewPane dataView() {
        return dataView;
    }

    /** The plot region; its cells compose the same drawings the window shows. */
    public PlotArea plotArea() {
        return plot;
    }

    public MainViewModel model() {
        return model;
    }

    /** The "Your own f(x, y)" editor's state, whose recent functions the app keeps between runs. */
    public FunctionEditorModel functionEditor() {
        return problems.function();
    }

    /** The stage the window is shown on, or null before {@link #show}. */
    public Stage stage() {
        return stage;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public BorderPane root() {
        return root;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }
}
