package org.optiviz.ui.scenario;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks the user for a file to open or to save; tests answer without a dialog. */
public interface FileDialogs {
    /**
     * A file to open, or null when the user cancelled.
     *
     * @param extension without the dot, such as "json"
     */
    Path open(Window owner, String title, String extension, Path folder);

    /** A file to save to (ending in the extension), or null when the user cancelled. */
    Path save(Window owner, String title, String extension, Path folder, String initialName);
}
