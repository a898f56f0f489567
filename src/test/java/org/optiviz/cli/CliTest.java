package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

class CliTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void listShowsEverySurfaceOptimizerAndHyperparameter() {
        CliRun r = run("list");
        assertEquals(0, r.exitCode(), r.err());
        for (var surface : Surfaces.all()) {
            assertTrue(r.out().contains(surface.key()), surface.key());
        }
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertTrue(r.out().contains(kind.key() + " (" + kind.displayName() + ")"), kind.key());
        }
        assertTrue(r.out().contains("beta1_min"));
        assertTrue(r.out().contains("[0, 1)"));
        assertTrue(r.out().contains("sgd|adam"));
        assertTrue(r.out().contains("seed|full"));
        assertTrue(r.out().contains("seed = β₁min + (β₁max − β₁min)·σ(−v), never above the midpoint"));
        assertTrue(r.out().contains("none|step|exp|cosine"));
    }

    @Test
    void trajectoryPrintsExactlyReadableNumbers() {
        CliRun r = run("trajectory", "--surface", "rosenbrock", "--optimizer", "adam,eve", "--steps", "50",
                "--start=-1.2,1", "--set", "lr=0.01", "--set", "eve.base=adam");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("optimizer,step,x,y,loss", lines.get(0));
        assertEquals(1 + 2 * 51, lines.size());
        assertEquals("adam,0,-1.2,1.0," + Surfaces.byKey("rosenbrock").value(-1.2, 1), lines.get(1));

        Race race = new Race(Surfaces.byKey("rosenbrock"), new Point(-1.2, 1), 0, 0, true);
        Run adam = race.add(OptimizerKind.ADAM, OptimizerKind.ADAM.defaults().with("lr", 0.01));
        Run eve = race.add(OptimizerKind.EVE, OptimizerKind.EVE.defaults().with("lr", 0.01).with("base", 1));
        race.step(50, 50);
        for (int step = 0; step <= 50; step++) {
            assertRow(lines.get(1 + step), "adam", step, adam);
            assertRow(lines.get(52 + step), "eve", step, eve);
        }
    }

    private static void assertRow(String line, String key, int step, Run run) {
        String[] cells = line.split(",");
        assertEquals(key, cells[0]);
        assertEquals(step, Integer.parseInt(cells[1]));
        assertEquals(run.trajectory().x(step), Double.parseDouble(cells[2]), 0, line);
        assertEquals(run.trajectory().y(step), Double.parseDouble(cells[3]), 0, line);
        assertEquals(run.trajectory().loss(step), Double.parseDouble(cells[4]), 0, line);
    }

    @Test
    void defaultsComeFromTheSurface() {
        CliRun r = run("trajectory", "--surface", "ellipsoid", "--optimizer", "sgd", "--steps", "1");
        List<String> lines = r.out().lines().toList();
        assertEquals("sgd,0,-5.0,-2.0,10.5", lines.get(1));
        assertEquals("sgd,1,-4.6,1.2000000000000002,4.996", lines.get(2), "suggested lr 0.4");
    }

    @Test
    void outWritesTheFileAndInternalsAddColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        CliRun r = run("trajectory", "--optimizer", "adasmooth", "--steps", "3", "--internals", "--out",
                file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(file);
        assertEquals("optimizer,step,x,y,loss,beta1_t,step_x,step_y,lr_t", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(2).split(",")[5].startsWith("0.9495"), lines.get(2));
    }

    @Test
    void divergenceIsReportedAndTheRestStillPrinted() {
        CliRun r = run("trajectory", "--optimizer", "sgd,adam", "--steps", "40", "--set", "sgd.lr=1.1",
                "--start=1,1");
        assertEquals(0, r.exitCode());
        assertEquals("trajectory: note: sgd diverged at step 16", r.err().trim());
        assertEquals(1 + 16 + 41, r.out().lines().count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--surface bowl|--surface: unknown surface 'bowl'; known: ellipsoid, rosenbrock",
        "--optimizer adam,lino|--optimizer: unknown optimizer 'lino'; known: sgd",
        "--optimizer adam,adam|--optimizer: 'adam' is listed twice",
        "--optimizer ,|--optimizer: an empty key in ','; expected keys separated by commas, or all",
        "--out t.txt|--out: 't.txt' should end in .csv",
        "--set rho=0.5 --optimizer adam|--set rho: no chosen optimizer has the hyperparameter 'rho'",
        "--set adam.rho=0.5|--set adam.rho: unknown hyperparameter; known: lr, beta1, beta2, eps, weight_decay, warmup",
        "--set beta1=1|--set beta1: 1 is outside [0, 1)",
        "--set lr=-0.1|--set lr: -0.1 is outside (0, 100]",
        "--set lr=abc|--set lr: 'abc' is not a number",
        "--set eve.base=rmsprop|--set eve.base: 'rmsprop' is not one of sgd, adam",
        "--set sgd.lr=0.1 --optimizer adam|--set sgd.lr: sgd is not among the chosen optimizers",
        "--set lr|--set: expected KEY=VALUE or OPTIMIZER.KEY=VALUE, got 'lr'",
        "--start=1|--start: expected X,Y (2 numbers separated by commas), got '1'",
        "--start=a,b|--start: 'a' is not a number",
        "--start=1,2,|--start: expected X,Y (2 numbers separated by commas), got '1,2,'",
        "--start=1,|--start: an empty number in '1,'",
        "--start=1d,2f|--start: '1d' is not a number",
        "--start=inf,0|--start: 'inf' is not a finite number",
        "--optimizer adam,|--optimizer: an empty key in 'adam,'",
        "--set lr=1d|--set lr: '1d' is not a number",
        "--set lr=0x1p-3|--set lr: '0x1p-3' is not a number",
        "--set lr=NaN|--set lr: 'NaN' is not a finite number",
        "--noise 1d|Invalid value for option '--noise': '1d' is not a number",
        "--steps 0|--steps: 0 is outside 1..1000000",
        "--start=0,-1e9|--start: -1.0E9 is outside [-1e8, 1e8]; a run from there diverges at once",
        "--steps -1|--steps: -1 is outside 1..1000000",
        "--steps ten|Invalid value for option '--steps': 'ten' is not an int",
        "--noise -1|--noise: -1.0 is not allowed; use a finite number >= 0",
        "--bogus|Unknown option: '--bogus'",
    })
    void badInputGivesOneLineAndExitCode2(String args, String expectedStart) {
        String[] argv = ("trajectory " + args).split(" ");
        CliRun r = run(argv);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.startsWith("trajectory: " + expectedStart), err);
    }

    @Test
    void everyCommandTakesHelp() {
        for (String command : List.of("list", "trajectory", "bench", "scenario", "render", "animate")) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.exitCode(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: optiviz " + command + " [-hV]"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void benchPrintsOneLinePerOptimizer() {
        CliRun r = run("bench", "--steps", "1000", "--optimizer", "sgd,adam");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("optimizer,steps,seconds,steps_per_second", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith("adam,1000,"), lines.get(2));
        assertEquals(2, run("bench", "--surface", "nope").exitCode());
    }

    @Test
    void unwritableOutIsOneLine(@TempDir Path dir) {
        CliRun r = run("trajectory", "--steps", "1", "--out", dir.resolve("missing/t.csv").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("trajectory: --out: cannot write"), r.err());
        assertFalse(r.err().strip().contains("\n"));
    }
}
