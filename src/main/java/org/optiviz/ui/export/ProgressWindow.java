package org.optiviz.ui.export;

import javafx.concurrent.Task;
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

/**
 * A small window with a progress bar and a Cancel button for a long export. It does not block the main window,
 * which keeps animating while the export encodes on its own thread.
 */
final class ProgressWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);

    ProgressWindow(Window owner, I18n i18n, String title, Task<?> task) {
        stage.initOwner(owner);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(i18n.get("export.cancel"));
        cancel.setId("exportCancel");
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(14));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                stage.close();
            }
        });
    }

    void show() {
        stage.show();
    }
}
