package org.optiviz.ui.view;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks where to save a file; tests supply a path without a dialog. */
@FunctionalInterface
public interface FileChooserService {
    /**
     * The chosen file, or null when the user cancelled.
     *
     * @param title dialog title
     * @param initialName suggested file name, such as "optiviz-rosenbrock.png"
     */
    Path choosePng(Window owner, String title, String initialName);
}
