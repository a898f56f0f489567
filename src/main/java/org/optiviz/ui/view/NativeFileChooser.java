package org.optiviz.ui.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog, starting in the folder used last. */
public final class NativeFileChooser implements FileChooserService {
    private File lastFolder;

    @Override
    public Path choosePng(Window owner, String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        Path path = file.toPath();
        String name = path.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") && !Files.exists(path)) {
            path = path.resolveSibling(name + ".png");
        }
        return path;
    }
}
