package org.optiviz.io.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The user's configuration folder for the app: {@code $XDG_CONFIG_HOME/optiviz}, or {@code ~/.config/optiviz}
 * when that variable is unset or not absolute (as the XDG base directory specification asks).
 */
public final class ConfigDir {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    public ConfigDir(Path dir) {
        this.dir = dir;
    }

    /** The folder for this process's environment and home. */
    public static ConfigDir forCurrentUser() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static ConfigDir of(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new ConfigDir(base.resolve("optiviz"));
    }

    public Path dir() {
        return dir;
    }

    /** A file in the folder (which may not exist yet). */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Creates the folder if needed; throws IOException with a one-line message. */
    public void create() throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the settings folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a damaged file out of the way (next to it, named {@code NAME.damaged-DATE-TIME}) so the app can start
     * fresh without destroying what was there.
     *
     * @return where the file went
     */
    public static Path setAside(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + STAMP.format(LocalDateTime.now()));
        return Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    }
}
