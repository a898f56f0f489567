package org.optiviz.ui.scenario;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.application.Platform;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.plot.view.Layout;
import org.optiviz.ui.model.LrTuner;
import org.optiviz.ui.tune.TuneAction;
import org.optiviz.ui.I18n;
import org.optiviz.ui.export.ExportActions;
import org.optiviz.ui.export.GifSettings;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.MainWindow;

/**
 * Adds scenarios, lessons and exports to the window: the menu bar above the tool bar, the lesson explanation
 * beside the plot, and dropping a scenario file anywhere on the window to open it.
 */
public final class WindowExtras {
    private final ScenarioActions scenarios;
    private final ExportActions exports;
    private final LessonPanel lessonPanel;

    private WindowExtras(ScenarioActions scenarios, ExportActions exports, LessonPanel lessonPanel) {
        this.scenarios = scenarios;
        this.exports = exports;
        this.lessonPanel = lessonPanel;
    }

    public static WindowExtras install(MainWindow window, MainViewModel model, I18n i18n, SettingsStore store,
                                       FileDialogs dialogs, GifSettings.Asker gifAsker) {
        BorderPane root = window.root();
        LessonPanel lessonPanel = new LessonPanel(i18n);
        ScenarioActions scenarios = new ScenarioActions(model, i18n, window.statusBar(), dialogs, store, lessonPanel);
        ExportActions exports = new ExportActions(model, i18n, window.statusBar(), dialogs, scenarios,
                window.plotArea(), gifAsker);
        TuneAction tune = new TuneAction(model, new LrTuner(model, TuneAction.worker(), Platform::runLater), i18n,
                window.statusBar(), dialogs, () -> scenarios.settingsProperty().get().lastExportFolder());
        window.setTuneAction(() -> tune.run(window.stage()));
        window.setMenuBar(AppMenus.build(i18n, scenarios, exports, root, new AppMenus.Tools(
                () -> model.setLayout(model.getLayout() == Layout.SWEEP ? Layout.OVERLAY : Layout.SWEEP), tune::run)));
        window.setSaveAction(() -> exports.plotPng(window.stage(), 1));
        window.setLessonPanel(lessonPanel);
        window.functionEditor().remember(store.loadRecentFunctions(), functions -> {
            try {
                store.saveRecentFunctions(functions);
            } catch (java.io.IOException e) {
                window.statusBar().showError(i18n.get("function.recent.notSaved",
                        org.optiviz.io.AtomicFiles.reason(e)));
            }
        });
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (scenarioFile(e) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Path file = scenarioFile(e);
            if (file != null) {
                e.setDropCompleted(scenarios.open(file));
                e.consume();
            }
        });
        return new WindowExtras(scenarios, exports, lessonPanel);
    }

    private static Path scenarioFile(DragEvent e) {
        return e.getDragboard().hasFiles() ? firstScenario(e.getDragboard().getFiles()) : null;
    }

    /** The first JSON file among dropped files, or null. */
    static Path firstScenario(List<File> dropped) {
        return dropped.stream().map(File::toPath)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .findFirst().orElse(null);
    }

    public ScenarioActions scenarios() {
        return scenarios;
    }

    public ExportActions exports() {
        return exports;
    }

    public LessonPanel lessonPanel() {
        return lessonPanel;
    }

    /** Puts back the last session, if there is one. */
    public void restoreLastSession() {
        scenarios.restoreLastSession();
    }

    /** The window is closing: keep the session for next time and stop any export. */
    public void close() {
        scenarios.saveSession();
        exports.shutdown();
    }
}
