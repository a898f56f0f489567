package org.optiviz.io.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs apart from the session itself: recently opened or saved scenario files
 * (newest first) and the folders last used for exports and for scenarios.
 *
 * @param lastExportFolder null until something has been exported
 * @param lastScenarioFolder null until a scenario has been opened or saved
 */
public record UserSettings(List<Path> recentFiles, Path lastExportFolder, Path lastScenarioFolder) {
    public static final int MAX_RECENT = 8;
    public static final UserSettings EMPTY = new UserSettings(List.of(), null, null);

    public UserSettings {
        recentFiles = List.copyOf(recentFiles);
    }

    /** With this file first in the recent list (moved there if it was already in it). */
    public UserSettings withRecent(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles);
        list.remove(absolute);
        list.add(0, absolute);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        Path folder = absolute.getParent();
        return new UserSettings(list, lastExportFolder, folder);
    }

    /** Without this file in the recent list (it could not be opened any more). */
    public UserSettings withoutRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles);
        list.remove(file.toAbsolutePath().normalize());
        return new UserSettings(list, lastExportFolder, lastScenarioFolder);
    }

    public UserSettings withLastExportFolder(Path folder) {
        return new UserSettings(recentFiles, folder.toAbsolutePath().normalize(), lastScenarioFolder);
    }
}
