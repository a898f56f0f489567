package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.Main;

/** SIGTERM during a long export: the process ends, its temporary file is removed and the old target stays. */
class TerminatedExportTest {
    @TempDir
    Path dir;

    @Test
    void sigtermLeavesNoPartialFileAndTheOldTarget() throws Exception {
        Path target = dir.resolve("race.gif");
        Files.writeString(target, "the earlier animation");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "animate", "--optimizer", "all",
                "--steps", "20000", "--frames", "2000", "--out", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (partFiles().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(process.isAlive(), "the export ended before it could be stopped: "
                    + Files.readString(dir.resolve("log.txt")));
            assertEquals(1, partFiles().size(), "the export writes through one temporary file");
            process.destroy(); // SIGTERM on Unix
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "SIGTERM ends the export");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(List.of(), partFiles());
        assertEquals("the earlier animation", Files.readString(target));
    }

    private List<String> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }
}
