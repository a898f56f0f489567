package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.ui.StartRequest;

/** The window's start arguments: checked before a window opens, listed in --help. */
class WindowStartTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryLessonKey() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        assertEquals(BundledLessons.names().size(), WindowStart.lessonKeys().size());
        for (String key : WindowStart.lessonKeys()) {
            assertTrue(r.out().contains(key), key);
            assertTrue(!key.endsWith(".json"), key);
        }
        assertTrue(r.out().contains("--presentation") && r.out().contains("--lesson=KEY"));
    }

    @Test
    void aLessonKeyNamesTheBundledFile() {
        StartRequest start = WindowStart.check(true, "ravine-sgd-momentum", null);
        assertEquals("ravine-sgd-momentum.json", start.lessonFile());
        assertTrue(start.presentation() && start.opensRace());
        assertNull(start.scenarioFile());
    }

    @Test
    void badKeysAndFilesGiveOneLineAndExitCodeTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1, \"surface\": \"nowhere\"}");
        for (String[] args : new String[][] {{"--lesson", "ravine"}, {dir.resolve("missing.json").toString()},
            {broken.toString()}, {"--lesson", "ravine-sgd-momentum", broken.toString()}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
        assertTrue(CliRun.of("--lesson", "ravine").err().contains("ravine-sgd-momentum"), "names the lessons");
    }
}
