package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** map, sweep, tune and bench --batch on the command line: rows that reproduce single runs, and one-line refusals. */
class BatchCommandsTest {
    @TempDir
    Path dir;

    /** The last row of trajectory's CSV for this race: optimizer,step,x,y,loss. */
    private static String[] lastPoint(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        return lines[lines.length - 1].split(",");
    }

    @Test
    void aMapRowsStartGivenToTrajectoryReproducesItsEndExactly() throws Exception {
        Path csv = dir.resolve("map.csv");
        CliRun run = CliRun.of("map", "--surface", "himmelblau", "--optimizer", "adam,nag", "--steps", "120", "--size",
                "9x7", "--noise", "0.5", "--seed", "3", "--set", "adam.lr=0.05", "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,i,j,x0,y0,x,y,loss,status,steps,basin,settled", lines.get(0));
        assertEquals(1 + 2 * 9 * 7, lines.size());
        for (String line : List.of(lines.get(5), lines.get(40), lines.get(100))) {
            String[] row = line.split(",", -1);
            String[] end = lastPoint("trajectory", "--surface", "himmelblau", "--optimizer", row[0], "--steps", "120",
                    "--noise", "0.5", "--seed", "3", "--set", row[0].equals("adam") ? "lr=0.05" : "lr=0.001",
                    "--start", row[3] + "," + row[4]);
            assertEquals(row[5], end[2], line);
            assertEquals(row[6], end[3], line);
            assertEquals(row[7], end[4], line);
        }
    }

    @Test
    void aSweepCellGivenToTrajectoryReproducesItsLossExactly() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        CliRun run = CliRun.of("sweep", "--surface", "ellipsoid", "--optimizer", "momentum", "--steps", "80",
                "--x", "lr=0.001:2:log:7", "--y", "momentum=0:0.95:lin:5", "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,lr,momentum,loss,status,steps,settled", lines.get(0));
        for (String line : List.of(lines.get(3), lines.get(17), lines.get(33))) {
            String[] row = line.split(",", -1);
            if (!row[4].equals("diverged")) {
                String[] end = lastPoint("trajectory", "--surface", "ellipsoid", "--optimizer", "momentum", "--steps",
                        "80", "--set", "lr=" + row[1], "--set", "momentum=" + row[2]);
                assertEquals(row[3], end[4], line);
            }
        }
    }

    @Test
    void tunePrintsTheTableWithOneChosenLrPerOptimizer() {
        CliRun run = CliRun.of("tune", "--surface", "ellipsoid", "--optimizer", "sgd,adam", "--steps", "50");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals("optimizer,lr,criterion,diverged,chosen", lines[0]);
        long chosen = java.util.Arrays.stream(lines).filter(l -> l.endsWith(",1")).count();
        assertEquals(2, chosen);
        assertTrue(run.err().contains("sgd: lr "), run.err());
    }

    @Test
    void badSizesAreRefusedInOneLine() {
        CliRun tooBig = CliRun.of("map", "--surface", "himmelblau", "--size", "600x600", "--out",
                dir.resolve("m.csv").toString());
        assertEquals(2, tooBig.exitCode());
        assertTrue(tooBig.errorLine().contains("--size"), tooBig.err());
        CliRun badAxis = CliRun.of("sweep", "--surface", "ellipsoid", "--optimizer", "momentum", "--x",
                "lr=0:1:log:5", "--out", dir.resolve("s.csv").toString());
        assertEquals(2, badAxis.exitCode());
        assertTrue(badAxis.errorLine().contains("--x"), badAxis.err());
        CliRun badBatch = CliRun.of("bench", "--batch", "0", "--steps", "10");
        assertEquals(2, badBatch.exitCode());
        assertTrue(badBatch.errorLine().contains("--batch"), badBatch.err());
    }

    @Test
    void benchBatchReportsEveryChosenOptimizerInTheBenchCsv() {
        CliRun run = CliRun.of("bench", "--batch", "300", "--steps", "20", "--optimizer", "adam,lion", "--threads",
                "2");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals("optimizer,steps,seconds,steps_per_second,cpu_seconds", lines[0]);
        assertTrue(lines[1].startsWith("adam,6000,"), lines[1]);
        assertTrue(lines[2].startsWith("lion,6000,"), lines[2]);
    }
}
