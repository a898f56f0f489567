package org.optiviz.ui.scenario;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open and save dialogs, starting in the given folder. */
public final class NativeFileDialogs implements FileDialogs {
    @Override
    public Path open(Window owner, String title, String extension, Path folder) {
        File file = chooser(title, extension, folder).showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    @Override
    public Path save(Window owner, String title, String extension, Path folder, String initialName) {
        FileChooser chooser = chooser(title, extension, folder);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        Path path = file.toPath();
        String name = path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension) && !Files.exists(path)) {
            path = path.resolveSibling(name + "." + extension);
        }
        return path;
    }

    private static FileChooser chooser(String title, String extension, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
