package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render --arrows draws the arrows of the last steps into the exported picture. */
class ArrowsFlagTest {
    @TempDir
    Path dir;

    @Test
    void svgWithAndWithoutArrows() throws Exception {
        Path with = dir.resolve("with.svg");
        Path without = dir.resolve("without.svg");
        String[] race = {"render", "--surface", "ellipsoid", "--optimizer", "sgd,momentum,nag,adam", "--steps", "5"};
        assertEquals(0, CliRun.of(concat(race, "--arrows", "--out", with.toString())).exitCode());
        assertEquals(0, CliRun.of(concat(race, "--out", without.toString())).exitCode());
        String svg = Files.readString(with);
        for (String role : new String[] {"vector-step", "vector-gradient", "vector-momentum", "vector-lookahead",
            "vector-box", "vector-scale"}) {
            assertTrue(svg.contains("class=\"" + role + "\""), role);
        }
        assertFalse(Files.readString(without).contains("vector-"));
    }

    @Test
    void arrowsDoNotGoOnTheLossChart() {
        CliRun run = CliRun.of("render", "--surface", "ellipsoid", "--arrows", "--loss", "--out",
                dir.resolve("x.png").toString());
        assertEquals(OptiVizCommand.USAGE, run.exitCode());
        assertTrue(run.errorLine().contains("--arrows"), run.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
