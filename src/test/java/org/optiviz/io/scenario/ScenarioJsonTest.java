package org.optiviz.io.scenario;

import org.optiviz.plot.view.Layout;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.scenario.Scenario.Lesson;
import org.optiviz.io.scenario.Scenario.Noise;
import org.optiviz.io.scenario.Scenario.RunStyle;

class ScenarioJsonTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x102030 + kind.ordinal());

    private static Scenario sample() {
        var surface = Surfaces.byKey("rosenbrock");
        List<RunSetup> runs = List.of(
                new RunSetup(OptimizerKind.ADAM,
                        OptimizerKind.ADAM.defaultsFor(surface).with("lr", 0.0123456789).with("weight_decay", 0.1)),
                new RunSetup(OptimizerKind.EVE, OptimizerKind.EVE.defaultsFor(surface).with("base", 1).with("k", 2.5)),
                new RunSetup(OptimizerKind.MOMENTUM, OptimizerKind.MOMENTUM.defaultsFor(surface)));
        List<RunStyle> styles = List.of(new RunStyle(true, "#E69F00"), new RunStyle(false, "#56B4E9"),
                new RunStyle(true, "#009E73"));
        RaceSetup race = new RaceSetup(surface, new Point(-1.2345678901234567, 0.1), 0.37, -42, runs);
        return new Scenario(race, new ViewBox(-2.25, 2.0, -1.0 / 3, 3.1), styles, 1, 7, 2500, Layout.GRID,
                new Lesson(new LocalizedText("Title", "标题"), new LocalizedText("Watch \"this\".", null)));
    }

    @Test
    void roundTripGivesTheSameScenarioAndTheSameTrajectoriesBitForBit(@TempDir Path dir) throws Exception {
        Scenario original = sample();
        Path file = dir.resolve("race.json");
        ScenarioJson.write(file, original);
        Scenario reopened = JSON.read(file);

        assertEquals(original, reopened);
        assertEquals(original.race(), reopened.race());
        Race a = original.race().toRace(true);
        Race b = reopened.race().toRace(true);
        a.step(2500, 2500);
        b.step(2500, 2500);
        for (int i = 0; i < a.runs().size(); i++) {
            var ta = a.runs().get(i).trajectory();
            var tb = b.runs().get(i).trajectory();
            assertTrue(ta.size() > 100, "the run went somewhere");
            assertEquals(ta.size(), tb.size());
            assertArrayEquals(ta.xs().copy(0, ta.size()), tb.xs().copy(0, tb.size()));
            assertArrayEquals(ta.ys().copy(0, ta.size()), tb.ys().copy(0, tb.size()));
            assertArrayEquals(ta.losses().copy(0, ta.size()), tb.losses().copy(0, tb.size()));
        }
        assertEquals(ScenarioJson.toJson(original), Files.readString(file), "a second save writes the same text");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsPassedOver(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notepad.json");
        Files.writeString(file, "\uFEFF" + ScenarioJson.toJson(sample()));
        assertEquals(sample(), JSON.read(file));
    }

    @Test
    void writesReadableJsonInTheOrderOfTheFormat() {
        String json = ScenarioJson.toJson(sample());
        assertTrue(json.startsWith("{\n  \"version\": 1,\n  \"title\": {"), json);
        assertTrue(json.contains("\"base\": \"adam\""), json);
        assertTrue(json.contains("\"lr\": 0.0123456789"), json);
        assertTrue(json.contains("\"xMax\": 2,"), "whole numbers without .0: " + json);
        assertTrue(json.indexOf("\"surface\"") < json.indexOf("\"optimizers\""));
        assertTrue(json.indexOf("\"noise\"") < json.indexOf("\"layout\""));
    }

    @Test
    void theSelectedOptimizerIsNamedOrElseTheFirstShown() throws ScenarioException {
        String optimizers = "\"optimizers\": [{\"key\": \"sgd\", \"shown\": false}, {\"key\": \"eve\"}, {\"key\": \"adam\"}]";
        assertEquals(1, JSON.parse("{" + BASE + ", " + optimizers + "}").selected(), "the first shown");
        Scenario named = JSON.parse("{" + BASE + ", " + optimizers + ", \"selected\": \"adam\"}");
        assertEquals(2, named.selected());
        assertTrue(ScenarioJson.toJson(named).contains("\"selected\": \"adam\""));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> JSON.parse("{" + BASE + ", " + optimizers + ", \"selected\": \"nag\"}"));
        assertEquals("selected: 'nag' is not among the optimizers listed: [sgd, eve, adam]", e.getMessage());
    }

    @Test
    void missingOptionalFieldsTakeDefaults() throws ScenarioException {
        Scenario s = JSON.parse("{\"version\": 1, \"surface\": \"ellipsoid\", \"optimizers\": [{\"key\": \"sgd\"}]}");
        var surface = Surfaces.byKey("ellipsoid");
        assertEquals(surface.defaultView(), s.view());
        assertEquals(surface.defaultStart(), s.start());
        assertEquals(Noise.NONE, s.noise());
        assertEquals(Scenario.DEFAULT_STEPS_PER_SECOND, s.stepsPerSecond());
        assertEquals(Scenario.DEFAULT_STEP_LIMIT, s.stepLimit());
        assertEquals(Layout.OVERLAY, s.layout());
        assertNull(s.lesson());
        assertTrue(s.styles().get(0).shown());
        assertEquals("#102030", s.styles().get(0).colour());
        assertEquals(OptimizerKind.SGD.defaultsFor(surface), s.race().runs().get(0).params(),
                "the surface's suggested lr");

        Scenario all = JSON.parse("{\"version\": 1, \"surface\": \"saddle\"}");
        assertEquals(OptimizerKind.values().length, all.race().runs().size());
    }

    @Test
    void partialParamsKeepTheOthersAtTheirDefaultsAndColoursAreNormalised() throws ScenarioException {
        Scenario s = JSON.parse("""
                {"version": 1, "surface": "ellipsoid",
                 "optimizers": [{"key": "adam", "colour": "#abcdef", "params": {"beta1": 0.5}}]}""");
        RunSetup adam = s.race().runs().get(0);
        assertEquals(0.5, adam.params().get("beta1"));
        assertEquals(0.999, adam.params().get("beta2"));
        assertEquals("#ABCDEF", s.styles().get(0).colour());
        assertEquals(0xABCDEF, s.styles().get(0).rgb());
    }

    @Test
    void lessonTextFollowsTheLocale() throws ScenarioException {
        Scenario s = JSON.parse("""
                {"version": 1, "surface": "ellipsoid", "title": {"en": "Ravine", "zh-CN": "峡谷"},
                 "explanation": {"en": "Watch."}}""");
        assertEquals("峡谷", s.lesson().title().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Ravine", s.lesson().title().in(Locale.ENGLISH));
        assertEquals("Watch.", s.lesson().explanation().in(Locale.CHINA), "falls back to English");
    }

    private static final String BASE = "\"version\": 1, \"surface\": \"ellipsoid\"";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {`version`: 2, `surface`: `ellipsoid`}                  | version: 2 is not supported (expected 1)
            {`version`: `1`, `surface`: `ellipsoid`}                | version: "1" is not supported (expected 1)
            {`surface`: `ellipsoid`}                                | version: missing; expected 1
            {`version`: 1}                                          | surface: missing; expected one of ellipsoid, rosenbrock, saddle, monkey-saddle, beale, himmelblau, rastrigin, or a function or data
            {`version`: 1, `surface`: `foo`}                        | surface: unknown surface 'foo'; known: ellipsoid, rosenbrock, saddle, monkey-saddle, beale, himmelblau, rastrigin
            {BASE, `colour`: 1}                                     | colour: unknown key; allowed here: version, title, explanation, surface, function, data, view, start, optimizers, selected, noise, stepsPerSecond, speed, stepLimit, layout, camera, sweep
            {BASE, `view`: {`xMin`: 1, `xMax`: 0, `yMin`: 0, `yMax`: 1}} | view: xMax (0.0) must exceed xMin (1.0)
            {BASE, `view`: {`xMin`: 0, `xMax`: 1, `yMin`: 0}}      | view.yMax: missing; expected a number
            {BASE, `view`: [0, 1, 0, 1]}                            | view: expected an object { ... }, got [0,1,0,1]
            {BASE, `start`: {`x`: `a`, `y`: 0}}                     | start.x: expected a number, got "a"
            {BASE, `start`: {`x`: 1e9, `y`: 0}}                     | start.x: 1.0E9 is outside [-1e8, 1e8]
            {BASE, `start`: {`x`: 1, `y`: 0, `z`: 2}}               | start.z: unknown key; allowed here: x, y
            {BASE, `optimizers`: {}}                                | optimizers: expected a list [ ... ], got {}
            {BASE, `optimizers`: [{`key`: `sgd`}, {`key`: `bogus`}]} | optimizers[1].key: unknown optimizer 'bogus'; known: KINDS
            {BASE, `optimizers`: [{`key`: `sgd`}, {`key`: `sgd`}], `selected`: `sgd-3`} | selected: 'sgd-3' is not among the optimizers listed: [sgd, sgd-2]
            {BASE, `optimizers`: [{`shown`: true}]}                 | optimizers[0].key: missing; expected one of KINDS
            {BASE, `optimizers`: [{`key`: `sgd`, `shown`: `yes`}]}  | optimizers[0].shown: expected true or false, got "yes"
            {BASE, `optimizers`: [{`key`: `sgd`, `colour`: `red`}]} | optimizers[0].colour: "red" is not a colour like "#1F77B4"
            {BASE, `optimizers`: [{`key`: `sgd`, `color`: `#FF0000`}]} | optimizers[0].color: unknown key; allowed here: key, shown, colour, params
            {BASE, `optimizers`: [{`key`: `sgd`}, {`key`: `nag`}, {`key`: `adam`, `params`: {`beta1`: 1.5}}]} | optimizers[2].params.beta1: 1.5 is outside [0, 1)
            {BASE, `optimizers`: [{`key`: `adam`, `params`: {`lr`: -1}}]} | optimizers[0].params.lr: -1 is outside (0, 100]
            {BASE, `optimizers`: [{`key`: `adam`, `params`: {`momentum`: 0.9}}]} | optimizers[0].params.momentum: unknown hyperparameter; known: lr, beta1, beta2, eps, weight_decay, warmup, decay, decay_steps, decay_rate
            {BASE, `optimizers`: [{`key`: `adam`, `params`: {`lr`: `0.1`}}]} | optimizers[0].params.lr: expected a number, got "0.1"
            {BASE, `optimizers`: [{`key`: `eve`, `params`: {`base`: `rmsprop`}}]} | optimizers[0].params.base: 'rmsprop' is not one of sgd, adam
            {BASE, `optimizers`: [{`key`: `eve`, `params`: {`base`: 1}}]} | optimizers[0].params.base: expected one of "sgd", "adam", got 1
            {BASE, `noise`: {`sigma`: -0.5}}                        | noise.sigma: -0.5 is outside [0, ∞)
            {BASE, `noise`: {`sigma`: 0.5, `seed`: 1.5}}            | noise.seed: expected a whole number in -9223372036854775808..9223372036854775807, got 1.5
            {BASE, `speed`: 0}                                      | speed: 0 is outside 1..1000
            {BASE, `stepsPerSecond`: 0.5}                           | stepsPerSecond: 0.5 is outside 1..60000
            {BASE, `stepLimit`: 2000000}                            | stepLimit: 2000000 is outside 1..1000000
            {BASE, `layout`: `side`}                                | layout: unknown layout 'side'; known: overlay, grid, map, sweep, 3d, 3d-grid
            {BASE, `title`: {`en`: `T`}}                            | explanation: missing; a lesson needs both a title and an explanation
            {BASE, `title`: {`zh-CN`: `T`}, `explanation`: {`en`: `E`}} | title.en: missing; expected the English text
            [1, 2]                                                  | expected an object { ... }, got [1,2]
            """)
    void malformedScenariosAreRefusedWithTheFirstBadField(String json, String message) {
        String text = json.replace("BASE", BASE).replace('`', '"');
        ScenarioException e = assertThrows(ScenarioException.class, () -> JSON.parse(text));
        assertEquals(message.replace("KINDS", OptimizerKind.keys()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void badJsonNamesLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> JSON.parse("{\n  \"version\": 1,\n  \"surface\": \"ellipsoid\",\n}"));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 4, column 1: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        ScenarioException duplicate = assertThrows(ScenarioException.class,
                () -> JSON.parse("{\"version\": 1, \"version\": 1}"));
        assertTrue(duplicate.getMessage().endsWith("the key 'version' appears twice in one object"),
                duplicate.getMessage());

        ScenarioException trailing = assertThrows(ScenarioException.class,
                () -> JSON.parse("{\"version\": 1, \"surface\": \"ellipsoid\"} {}"));
        assertTrue(trailing.getMessage().startsWith("not valid JSON at line 1"), trailing.getMessage());

        ScenarioException empty = assertThrows(ScenarioException.class, () -> JSON.parse("  "));
        assertEquals("the file is empty; expected a JSON object with \"version\": 1", empty.getMessage());
    }

    @Test
    void problemsWithTheWholeFileCarryAWordingForTheWindowsLanguage() {
        ScenarioException nan = assertThrows(ScenarioException.class,
                () -> JSON.parse("{\"version\": 1, \"surface\": \"ellipsoid\",\n \"noise\": {\"sigma\": NaN}}"));
        assertFalse(nan.getMessage().contains("enable") || nan.getMessage().contains("Feature"), nan.getMessage());
        assertEquals("notJson", nan.wording());
        assertEquals(List.of(2, 24, "NaN is not a number a scenario can hold; write a finite number"),
                nan.arguments());
        ScenarioException empty = assertThrows(ScenarioException.class, () -> JSON.parse(""));
        assertEquals("empty", empty.wording());
        ScenarioException field = assertThrows(ScenarioException.class,
                () -> JSON.parse("{\"version\": 1, \"surface\": \"nowhere\"}"));
        assertNull(field.wording(), "a bad field keeps the reader's line, which names it by its JSON path");
    }

    @Test
    void unreadableFilesAreReportedInOneLine(@TempDir Path dir) throws IOException {
        ScenarioException missing = assertThrows(ScenarioException.class, () -> JSON.read(dir.resolve("nope.json")));
        assertEquals("cannot read it: no such file or folder", missing.getMessage());
        ScenarioException folder = assertThrows(ScenarioException.class, () -> JSON.read(dir));
        assertTrue(folder.getMessage().equals("it is a folder, not a scenario file"));
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ScenarioJson.MAX_FILE_BYTES + 1]);
        ScenarioException tooBig = assertThrows(ScenarioException.class, () -> JSON.read(big));
        assertTrue(tooBig.getMessage().endsWith("too large for a scenario"), tooBig.getMessage());
        Path endless = Path.of("/dev/zero"); // no size, no end: must not be read whole into memory
        if (Files.isReadable(endless)) {
            ScenarioException device = assertThrows(ScenarioException.class, () -> JSON.read(endless));
            assertEquals("larger than 1 MB, too large for a scenario", device.getMessage());
        }
    }

    @Test
    void hiddenOptimizersStillRaceSoTheirPathsMatchTheWindow() {
        Scenario s = sample();
        assertEquals(3, s.race().runs().size());
        assertEquals(2, s.shownCount());
        Race race = s.race().toRace(false);
        assertEquals(List.of(OptimizerKind.ADAM, OptimizerKind.EVE, OptimizerKind.MOMENTUM),
                race.runs().stream().map(Run::kind).toList());
    }
}
