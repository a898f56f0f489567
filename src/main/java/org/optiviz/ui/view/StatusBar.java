package org.optiviz.ui.view;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.optiviz.ui.I18n;

/** The bottom line: cursor position and f(x, y), the latest message or error, and the frame-time readout. */
public final class StatusBar extends HBox {
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
    }

    /** "x 1.25, y −0.5, f(x, y) 0.3125", or empty when the cursor is off the plot. */
    public void showCursor(String text) {
        cursor.setText(text);
    }

    public void showMessage(String text) {
        message.getStyleClass().remove("error");
        messageText.set(text == null ? "" : text);
    }

    public void showError(String text) {
        if (!message.getStyleClass().contains("error")) {
            message.getStyleClass().add("error");
        }
        messageText.set(text == null ? "" : text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return messageText.getReadOnlyProperty();
    }

    public void showFrames(String text) {
        frames.setText(text);
    }
}
