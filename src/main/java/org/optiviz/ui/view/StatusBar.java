package org.optiviz.ui.view;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.optiviz.ui.I18n;

/**
 * The bottom line: cursor position and f(x, y), the latest message or error, and the frame-time readout. A message
 * goes away after a few seconds; an error stays a little longer, or until the next accepted change clears it.
 */
public final class StatusBar extends HBox {
    static final Duration MESSAGE_TIME = Duration.seconds(6);
    static final Duration ERROR_TIME = Duration.seconds(10);
    private final PauseTransition clearing = new PauseTransition();
    private double timeScale = 1;
    private final Label cursor = new Label();
    private final Label message = new Label();
    private final Label frames = new Label();
    private final ReadOnlyStringWrapper messageText = new ReadOnlyStringWrapper(this, "message", "");

    public StatusBar(I18n i18n) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        cursor.setId("cursorLabel");
        cursor.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("messageLabel");
        message.textProperty().bind(messageText);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        frames.setId("framesLabel");
        frames.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(cursor, message, frames);
        i18n.localeProperty().addListener((obs, old, now) -> showMessage(i18n.get("status.hint")));
        clearing.setOnFinished(e -> clear());
    }

    /** Shortens (below 1) how long messages stay; for tests. */
    public void setTimeScale(double scale) {
        timeScale = scale;
    }

    /** Removes the message or error. */
    public void clear() {
        clearing.stop();
        message.getStyleClass().remove("error");
        messageText.set("");
    }

    /** Removes an error that is showing (a later change was accepted); a plain message stays. */
    public void clearError() {
        if (isError()) {
            clear();
        }
    }

    public boolean isError() {
        return message.getStyleClass().contains("error");
    }

    private void clearLater(Duration after) {
        clearing.stop();
        clearing.setDuration(after.multiply(timeScale));
        clearing.playFromStart();
    }

    /** "x 1.25, y −0.5, f(x, y) 0.3125", or empty when the cursor is off the plot. */
    public void showCursor(String text) {
        cursor.setText(text);
    }

    public void showMessage(String text) {
        message.getStyleClass().remove("error");
        messageText.set(text == null ? "" : text);
        clearLater(MESSAGE_TIME);
    }

    public void showError(String text) {
        if (!message.getStyleClass().contains("error")) {
            message.getStyleClass().add("error");
        }
        messageText.set(text == null ? "" : text);
        clearLater(ERROR_TIME);
    }

    public ReadOnlyStringProperty messageProperty() {
        return messageText.getReadOnlyProperty();
    }

    public void showFrames(String text) {
        frames.setText(text);
    }
}
