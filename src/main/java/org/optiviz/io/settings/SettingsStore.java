package org.optiviz.io.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioException;
import org.optiviz.io.scenario.ScenarioJson;

/**
 * Reads and writes what the app keeps in its configuration folder: {@code settings.json} ({@link UserSettings}),
 * {@code window.json} ({@link WindowSettings}) and {@code last-session.json} (a scenario). A damaged file is set aside and reported, never fatal: the app
 * starts with defaults and the user's old file is still there to look at.
 */
public final class SettingsStore {
    public static final String SETTINGS_FILE = "settings.json";
    public static final String SESSION_FILE = "last-session.json";
    public static final String WINDOW_FILE = "window.json";
    /** Typed functions used lately, newest first (a JSON array of strings). */
    public static final String FUNCTIONS_FILE = "functions.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ConfigDir config;
    private final ScenarioJson scenarios;
    private final List<String> problems = new ArrayList<>();

    public SettingsStore(ConfigDir config, ScenarioJson scenarios) {
        this.config = config;
        this.scenarios = scenarios;
    }

    /** One-line reports of files that were damaged and set aside since this store was made. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public UserSettings loadSettings() {
        Path file = config.file(SETTINGS_FILE);
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IOException("expected a JSON object");
            }
            List<Path> recent = new ArrayList<>();
            JsonNode list = root.path("recentFiles");
            for (JsonNode entry : list) {
                if (entry.isTextual() && recent.size() < UserSettings.MAX_RECENT) {
                    recent.add(Path.of(entry.textValue()));
                }
            }
            return new UserSettings(recent, path(root, "lastExportFolder"), path(root, "lastScenarioFolder"));
        } catch (NoSuchFileException e) {
            return UserSettings.EMPTY;
        } catch (IOException | InvalidPathException e) {
            setAside(file, e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
            return UserSettings.EMPTY;
        }
    }

    private static Path path(JsonNode root, String key) {
        JsonNode node = root.get(key);
        return node != null && node.isTextual() && !node.textValue().isBlank() ? Path.of(node.textValue()) : null;
    }

    public void saveSettings(UserSettings settings) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode recent = root.putArray("recentFiles");
        settings.recentFiles().forEach(p -> recent.add(p.toString()));
        if (settings.lastExportFolder() != null) {
            root.put("lastExportFolder", settings.lastExportFolder().toString());
        }
        if (settings.lastScenarioFolder() != null) {
            root.put("lastScenarioFolder", settings.lastScenarioFolder().toString());
        }
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        config.create();
        AtomicFiles.write(config.file(SETTINGS_FILE), out -> out.write(bytes));
    }

    /** The typed functions used lately, newest first; empty on a first start or for a damaged file. */
    public List<String> loadRecentFunctions() {
        Path file = config.file(FUNCTIONS_FILE);
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isArray()) {
                throw new IOException("expected a JSON array of functions");
            }
            List<String> functions = new ArrayList<>();
            for (JsonNode entry : root) {
                if (entry.isTextual() && !entry.textValue().isBlank()) {
                    functions.add(entry.textValue());
                }
            }
            return functions;
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            setAside(file, e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
            return List.of();
        }
    }

    public void saveRecentFunctions(List<String> functions) throws IOException {
        ArrayNode root = MAPPER.createArrayNode();
        functions.forEach(root::add);
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        config.create();
        AtomicFiles.write(config.file(FUNCTIONS_FILE), out -> out.write(bytes));
    }

    /** How the window looked when it last closed; defaults on a first start or for a damaged file. */
    public WindowSettings loadWindow() {
        Path file = config.file(WINDOW_FILE);
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IOException("expected a JSON object");
            }
            JsonNode language = root.get("language");
            return new WindowSettings(language != null && language.isTextual() ? language.textValue() : null,
                    root.path("dark").asBoolean(false), root.path("stepsPerSecond").asDouble(0),
                    root.path("layout").asText("overlay"), root.path("presentation").asBoolean(false),
                    root.path("width").asDouble(0), root.path("height").asDouble(0));
        } catch (NoSuchFileException e) {
            return WindowSettings.DEFAULTS;
        } catch (IOException e) {
            setAside(file, e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
            return WindowSettings.DEFAULTS;
        }
    }

    public void saveWindow(WindowSettings window) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        if (window.language() != null) {
            root.put("language", window.language());
        }
        root.put("dark", window.dark());
        root.put("stepsPerSecond", window.stepsPerSecond());
        root.put("layout", window.layout());
        root.put("presentation", window.presentation());
        root.put("width", window.width());
        root.put("height", window.height());
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        config.create();
        AtomicFiles.write(config.file(WINDOW_FILE), out -> out.write(bytes));
    }

    /** The scenario the app showed when it last closed, if there is a readable one. */
    public Optional<Scenario> loadSession() {
        Path file = config.file(SESSION_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(scenarios.read(file));
        } catch (ScenarioException e) {
            setAside(file, e.getMessage());
            return Optional.empty();
        }
    }

    public void saveSession(Scenario scenario) throws IOException {
        config.create();
        ScenarioJson.write(config.file(SESSION_FILE), scenario);
    }

    private void setAside(Path file, String reason) {
        String why = reason == null ? "unreadable" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        try {
            Path aside = ConfigDir.setAside(file);
            problems.add(file + " was damaged (" + why + "); kept as " + aside.getFileName() + ", starting fresh");
        } catch (IOException e) {
            problems.add(file + " was damaged (" + why + ") and could not be moved aside: "
                    + AtomicFiles.reason(e));
        }
    }
}
