package org.optiviz.io.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;

class SettingsStoreTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x123456);

    @TempDir
    Path dir;

    @Test
    void configFolderFollowsXdgConfigHome() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/xdg/optiviz"), ConfigDir.of(Map.of("XDG_CONFIG_HOME", "/xdg"), home).dir());
        assertEquals(Path.of("/home/ada/.config/optiviz"), ConfigDir.of(Map.of(), home).dir());
        assertEquals(Path.of("/home/ada/.config/optiviz"), ConfigDir.of(Map.of("XDG_CONFIG_HOME", "rel"), home).dir(),
                "a relative XDG_CONFIG_HOME is ignored");
    }

    @Test
    void settingsRoundTripAndTheRecentListKeepsNewestFirst() throws IOException {
        SettingsStore store = new SettingsStore(new ConfigDir(dir.resolve("cfg")), JSON);
        assertEquals(UserSettings.EMPTY, store.loadSettings(), "nothing saved yet");
        UserSettings settings = UserSettings.EMPTY;
        for (int i = 0; i < 10; i++) {
            settings = settings.withRecent(dir.resolve("s" + i + ".json"));
        }
        settings = settings.withRecent(dir.resolve("s5.json")).withLastExportFolder(dir.resolve("exports"));
        assertEquals(UserSettings.MAX_RECENT, settings.recentFiles().size());
        assertEquals(dir.resolve("s5.json"), settings.recentFiles().get(0));
        assertEquals(dir.resolve("s9.json"), settings.recentFiles().get(1));
        assertEquals(dir, settings.lastScenarioFolder());
        store.saveSettings(settings);
        assertEquals(settings, new SettingsStore(new ConfigDir(dir.resolve("cfg")), JSON).loadSettings());
        assertEquals(List.of(), store.problems());
    }

    @Test
    void sessionRoundTrips() throws Exception {
        SettingsStore store = new SettingsStore(new ConfigDir(dir), JSON);
        Scenario lesson = BundledLessons.load(BundledLessons.names().get(0), JSON);
        store.saveSession(lesson);
        assertEquals(lesson, store.loadSession().orElseThrow());
    }

    @Test
    void damagedFilesAreSetAsideNotFatal() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.SETTINGS_FILE), "{\"recentFiles\": [");
        Files.writeString(dir.resolve(SettingsStore.SESSION_FILE), "{\"version\": 7}");
        SettingsStore store = new SettingsStore(new ConfigDir(dir), JSON);
        assertEquals(UserSettings.EMPTY, store.loadSettings());
        assertTrue(store.loadSession().isEmpty());
        assertFalse(Files.exists(dir.resolve(SettingsStore.SETTINGS_FILE)));
        assertFalse(Files.exists(dir.resolve(SettingsStore.SESSION_FILE)));
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("last-session.json.damaged-"));
            assertTrue(names.get(1).startsWith("settings.json.damaged-"));
        }
        assertEquals(2, store.problems().size());
        assertTrue(store.problems().get(1).contains("version: 7 is not supported (expected 1)"), store.problems().get(1));
        assertTrue(store.problems().stream().noneMatch(p -> p.contains("\n")));
    }
}
