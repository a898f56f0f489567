package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.view.Layout;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;

class ScenarioCommandTest {
    @TempDir
    Path dir;

    private Scenario read(Path file) throws Exception {
        return ScenarioJson.standard().read(file);
    }

    @Test
    void writesTheScenarioTheFlagsDescribe() throws Exception {
        Path file = dir.resolve("race.json");
        CliRun run = CliRun.of("scenario", "--surface", "rosenbrock", "--optimizer", "adam,eve", "--set", "lr=0.002",
                "--set", "eve.base=adam", "--noise", "0.25", "--seed", "9", "--steps", "300", "--start=-1.5,2",
                "--view", "-2,2,-1,3", "--grid", "--out", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        Scenario s = read(file);
        assertEquals("rosenbrock", s.surface().key());
        assertEquals(300, s.stepLimit());
        assertEquals(Layout.GRID, s.layout());
        assertEquals(new ViewBox(-2, 2, -1, 3), s.view());
        assertEquals(-1.5, s.start().x());
        assertEquals(0.25, s.noise().sigma());
        assertEquals(9, s.noise().seed());
        assertEquals(0.002, s.race().runs().get(0).params().get("lr"));
        assertEquals(1, s.race().runs().get(1).params().get("base"));
        assertTrue(s.styles().stream().allMatch(Scenario.RunStyle::shown));
    }

    @Test
    void withoutStepsTheScenarioRunsTheSurfacesDefaultRace() throws Exception {
        Path file = dir.resolve("default.json");
        assertEquals(0, CliRun.of("scenario", "--surface", "rosenbrock", "--out", file.toString()).exitCode());
        assertEquals(org.optiviz.core.surface.Surfaces.byKey("rosenbrock").defaultSteps(), read(file).stepLimit());
    }

    @Test
    void withoutOutPrintsTheJson() {
        CliRun run = CliRun.of("scenario", "--optimizer", "sgd");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"version\": 1,"), run.out());
    }

    @Test
    void trajectoryFromTheScenarioMatchesTheFlagsBitForBit() {
        String[] race = {"--surface", "beale", "--optimizer", "all", "--set", "lr=0.003", "--noise", "0.5",
            "--seed", "3", "--steps", "250"};
        Path file = dir.resolve("beale.json");
        String[] write = concat(new String[] {"scenario", "--out", file.toString()}, race);
        assertEquals(0, CliRun.of(write).exitCode());
        CliRun fromFlags = CliRun.of(concat(new String[] {"trajectory"}, race));
        CliRun fromScenario = CliRun.of("trajectory", "--scenario", file.toString());
        assertEquals(0, fromScenario.exitCode(), fromScenario.err());
        assertTrue(fromFlags.out().lines().count() > 2000);
        assertEquals(fromFlags.out(), fromScenario.out());
    }

    @Test
    void stepsReplacesTheScenarioStepLimit() {
        Path file = dir.resolve("s.json");
        CliRun.of("scenario", "--optimizer", "sgd", "--steps", "50", "--out", file.toString());
        CliRun run = CliRun.of("trajectory", "--scenario", file.toString(), "--steps", "7");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1 + 8, run.out().lines().count(), "header and steps 0..7");
    }

    @Test
    void raceFlagsCannotBeCombinedWithAScenario() {
        Path file = dir.resolve("s.json");
        CliRun.of("scenario", "--out", file.toString());
        for (String[] flag : new String[][] {{"--surface", "beale"}, {"--optimizer", "sgd"}, {"--set", "lr=0.1"},
            {"--start=1,1"}, {"--noise", "1"}, {"--seed", "2"}}) {
            CliRun run = CliRun.of(concat(new String[] {"trajectory", "--scenario", file.toString()}, flag));
            assertEquals(2, run.exitCode(), String.join(" ", flag));
            String name = flag[0].contains("=") ? flag[0].substring(0, flag[0].indexOf('=')) : flag[0];
            assertEquals("trajectory: " + name + ": cannot be combined with --scenario, which sets the whole race "
                    + "(edit the scenario, or leave out --scenario)", run.errorLine());
        }
    }

    @Test
    void aMalformedScenarioIsRefusedWithItsFirstBadField() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"version\": 1, \"surface\": \"ellipsoid\", \"optimizers\": [{\"key\": \"sgd\"}, "
                + "{\"key\": \"nag\"}, {\"key\": \"adam\", \"params\": {\"beta1\": 1.5}}]}");
        CliRun run = CliRun.of("trajectory", "--scenario", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("trajectory: --scenario " + file + ": optimizers[2].params.beta1: 1.5 is outside [0, 1)",
                run.errorLine());
        assertEquals("", run.out());

        Files.writeString(file, "{\"version\": 1,");
        CliRun broken = CliRun.of("scenario", "--scenario", file.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.errorLine().startsWith("scenario: --scenario " + file + ": not valid JSON at line 1"),
                broken.err());
    }

    @Test
    void otherBadInputGivesOneLineAndExitTwo() {
        Path missing = dir.resolve("missing.json");
        assertEquals("trajectory: --scenario " + missing + ": cannot read it: no such file or folder",
                expectUsage("trajectory", "--scenario", missing.toString()));
        assertEquals("scenario: --view: expected XMIN,XMAX,YMIN,YMAX with min < max, got '1,0,0,1'",
                expectUsage("scenario", "--view", "1,0,0,1"));
        assertEquals("scenario: --view: expected XMIN,XMAX,YMIN,YMAX (4 numbers separated by commas), got '0,1,0,1,'",
                expectUsage("scenario", "--view", "0,1,0,1,"));
        assertEquals("scenario: --steps: 0 is outside 1..1000000", expectUsage("scenario", "--steps", "0"));
        assertEquals("scenario: --view: -1.0E9 is outside [-1e8, 1e8]", expectUsage("scenario", "--view", "-1e9,0,0,1"));
        assertEquals("scenario: --view: 1.0E-12 × 1.0 is too small; at least 1.0E-9 each way",
                expectUsage("scenario", "--view", "0,1e-12,0,1"));
        assertTrue(expectUsage("scenario", "--grid", "--overlay").contains("mutually exclusive"));
        Path nowhere = dir.resolve("no/such/folder/s.json");
        assertEquals("scenario: --out: cannot write " + nowhere + ": folder " + nowhere.getParent()
                + " does not exist", expectUsage("scenario", "--out", nowhere.toString()));
        assertFalse(Files.exists(nowhere));
        Path text = dir.resolve("s.txt");
        assertEquals("scenario: --out: '" + text + "' should end in .json",
                expectUsage("scenario", "--out", text.toString()));
        assertFalse(Files.exists(text));
    }

    @Test
    void theWidestAndNarrowestViewsTheFlagsAllowReadBack() {
        for (String view : List.of("-1e8,1e8,-1e8,1e8", "0,1e-9,5,5.000000001")) {
            Path file = dir.resolve("v.json");
            assertEquals(0, CliRun.of("scenario", "--view", view, "--out", file.toString()).exitCode());
            CliRun back = CliRun.of("scenario", "--scenario", file.toString());
            assertEquals(0, back.exitCode(), view + ": " + back.err());
        }
    }

    private static String expectUsage(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        return run.errorLine();
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
