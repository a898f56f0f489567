package org.optiviz.ui.export;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.optiviz.io.export.AnimatedGifWriter;
import org.optiviz.ui.I18n;
import org.optiviz.ui.view.WholeNumberConverter;

/** Asks for the frame rate and frame count of an animated GIF of the race from step 0 to the current step. */
final class GifDialog implements GifSettings.Asker {
    private final I18n i18n;

    GifDialog(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<GifSettings> ask(Window owner, GifSettings initial, long lastStep) {
        Dialog<GifSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("export.gif.title"));
        dialog.setHeaderText(i18n.get("export.gif.header", lastStep));
        Spinner<Integer> fps = new Spinner<>(1, AnimatedGifWriter.MAX_FPS, (int) Math.round(initial.fps()));
        Spinner<Integer> frames = new Spinner<>(2, GifSettings.MAX_FRAMES, initial.frames(), 10);
        for (Spinner<Integer> spinner : java.util.List.of(fps, frames)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            spinner.getValueFactory().setConverter(new WholeNumberConverter(spinner::getValue, text -> { }));
        }
        fps.setId("gifFps");
        frames.setId("gifFrames");
        Label seconds = new Label();
        Runnable duration = () -> seconds.setText(i18n.get("export.gif.duration",
                String.format(i18n.getLocale(), "%.1f", frames.getValue() / (double) fps.getValue())));
        fps.valueProperty().addListener((obs, old, now) -> duration.run());
        frames.valueProperty().addListener((obs, old, now) -> duration.run());
        duration.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(i18n.get("export.gif.fps")), fps);
        grid.addRow(1, new Label(i18n.get("export.gif.frames")), frames);
        grid.add(seconds, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new GifSettings(fps.getValue(), frames.getValue()) : null);
        return dialog.showAndWait();
    }
}
