package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.TrajectoryCsv;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;

/** --function in place of --surface: the same race in every command, and in a scenario file read back. */
class FunctionFlagTest {
    private static final String HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";

    @TempDir
    Path dir;

    @Test
    void trajectoryRunsTheTypedFunction() {
        CliRun r = CliRun.of("trajectory", "--function", HIMMELBLAU, "--optimizer", "adam,eve", "--steps", "40");
        assertEquals(0, r.exitCode(), r.err());
        var surface = TypedSurface.of(HIMMELBLAU, null, null);
        var race = new org.optiviz.core.race.Race(surface, surface.defaultStart(), 0, 0, true);
        for (String key : new String[] {"adam", "eve"}) {
            var kind = org.optiviz.core.optim.OptimizerKind.byKey(key);
            race.add(kind, kind.defaultsFor(surface));
        }
        race.step(40, 40);
        assertEquals(TrajectoryCsv.toString(race, false), r.out());
    }

    @Test
    void aScenarioStoresTheTextAndViewAndReadsBackTheSameRace() throws Exception {
        Path file = dir.resolve("typed.json");
        CliRun written = CliRun.of("scenario", "--function", HIMMELBLAU, "--view", "-5,5,-5,5", "--steps", "60",
                "--out", file.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(Files.readString(file).contains("\"function\": \"" + HIMMELBLAU + "\""));
        Scenario read = ScenarioJson.standard().read(file);
        assertEquals(new ViewBox(-5, 5, -5, 5), read.view());
        assertTrue(read.surface() instanceof TypedSurface);

        CliRun fromFlags = CliRun.of("trajectory", "--function", HIMMELBLAU, "--steps", "60", "--optimizer", "all");
        CliRun fromFile = CliRun.of("trajectory", "--scenario", file.toString());
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(fromFile.out().lines().count(), fromFlags.out().lines().count());
    }

    @Test
    void renderDrawsATypedFunction() {
        Path png = dir.resolve("typed.png");
        CliRun r = CliRun.of("render", "--function", "sin(x)cos(y) + 0.1(x^2 + y^2)", "--steps", "50",
                "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void badFunctionsAndMixedProblemsGiveOneLine() {
        CliRun bad = CliRun.of("trajectory", "--function", "100(y-x^2");
        assertEquals(2, bad.exitCode());
        assertEquals("trajectory: --function: column 10: expected ')'", bad.errorLine());
        CliRun both = CliRun.of("render", "--function", "x^2", "--surface", "rosenbrock", "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, both.exitCode());
        assertEquals("render: --surface, --function and --data each give the problem; give one of them", both.errorLine());
        CliRun empty = CliRun.of("trajectory", "--function", "log(-1-x^2)");
        assertEquals("trajectory: --function: f has no finite value anywhere in the view "
                + "x in [-3.0, 3.0], y in [-3.0, 3.0]", empty.errorLine());
    }
}
