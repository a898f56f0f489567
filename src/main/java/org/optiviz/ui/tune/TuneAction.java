package org.optiviz.ui.tune;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.LrTuner;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.scenario.FileDialogs;
import org.optiviz.ui.view.StatusBar;

/**
 * "Tune learning rates" from the menu or the button: tunes every visible optimizer in the background while a small
 * window shows the progress with Cancel (the main window stays live), then shows the table the lrs were chosen from.
 */
public final class TuneAction {
    private final MainViewModel model;
    private final LrTuner tuner;
    private final I18n i18n;
    private final StatusBar status;
    private final FileDialogs dialogs;
    private final Supplier<java.nio.file.Path> folder;

    /** @param folder where "Save as CSV" starts (the last export folder) */
    public TuneAction(MainViewModel model, LrTuner tuner, I18n i18n, StatusBar status, FileDialogs dialogs,
                      Supplier<java.nio.file.Path> folder) {
        this.model = model;
        this.tuner = tuner;
        this.i18n = i18n;
        this.status = status;
        this.dialogs = dialogs;
        this.folder = folder;
    }

    /** One daemon thread for tuning, below the window's priority. */
    public static java.util.concurrent.Executor worker() {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "lr-tuning");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    public LrTuner tuner() {
        return tuner;
    }

    /** Starts tuning, with a progress window over the owner (none without an owner, as in tests). */
    public void run(Window owner) {
        if (tuner.runningProperty().get()) {
            status.showError(i18n.get("tune.busy"));
            return;
        }
        model.setPlaying(false);
        Stage progress = owner == null ? null : progressWindow(owner);
        status.showMessage(i18n.get("tune.progress"));
        int steps = LrTuner.steps(model.getStepLimit());
        tuner.start(outcome -> {
            if (progress != null) {
                progress.close();
            }
            if (outcome.cancelled()) {
                status.showMessage(i18n.get("tune.cancelled"));
                return;
            }
            status.showMessage(i18n.get("tune.done", TuningTable.summary(outcome.tunings())));
            if (owner != null) {
                new TuningTable(outcome.tunings(), steps, model, i18n, status, dialogs, folder.get()).show(owner);
            }
        });
        if (progress != null && tuner.runningProperty().get()) {
            progress.show();
        }
    }

    private Stage progressWindow(Window owner) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.setTitle(i18n.get("tune.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("tuneProgress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(tuner.progressProperty());
        Label message = new Label(i18n.get("tune.progress"));
        Button cancel = new Button(i18n.get("tune.cancel"));
        cancel.setId("tuneCancel");
        cancel.setOnAction(e -> tuner.cancel());
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> tuner.cancel());
        return stage;
    }
}
