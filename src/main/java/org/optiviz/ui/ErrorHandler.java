package org.optiviz.ui;

import javafx.application.Platform;
import org.optiviz.ui.view.StatusBar;

/**
 * Turns any exception that escapes an event handler or the frame loop into one line in the status bar, instead of
 * a stack trace on the console; the window carries on.
 */
final class ErrorHandler {
    private ErrorHandler() {
    }

    static void install(StatusBar statusBar, I18n i18n) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            String line = oneLine(error);
            if (Platform.isFxApplicationThread()) {
                statusBar.showError(i18n.get("error.unexpected", line));
            } else {
                Platform.runLater(() -> statusBar.showError(i18n.get("error.unexpected", line)));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    static String oneLine(Throwable error) {
        String message = error.getMessage();
        String text = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
