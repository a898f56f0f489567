package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.plot.Palette;
import org.optiviz.testkit.SignDescent;

/**
 * An optimizer written in one file ({@link SignDescent}, in the tests only) and registered with one call is
 * everywhere the built-in ones are: the registry, races with schedules and internals, the command line, scenario
 * files and the palette. Nothing else in the code base names it.
 */
class PluginOptimizerTest {
    @Test
    void oneFileAndOneRegistrationMakeAWorkingOptimizer() throws Exception {
        int before = OptimizerKind.values().length;
        try (SignDescent.Scope registered = SignDescent.register()) {
            OptimizerKind kind = registered.kind();
            assertSame(kind, OptimizerKind.byKey("signdescent"));
            assertEquals(before + 1, OptimizerKind.values().length);
            assertSame(kind, OptimizerKind.values()[before], "offered after the others");
            assertEquals(List.of("lr", "shrink", "warmup", "decay", "decay_steps", "decay_rate"),
                    kind.params().stream().map(p -> p.key()).toList());
            assertEquals(List.of("scale", "lr_t"), kind.internals());

            Race race = Race.of(Surfaces.byKey("ellipsoid"));
            Run run = race.add(kind, kind.defaults().with("warmup", 2));
            race.step(3, 3);
            // From (−5, −2): steps of lr·w(t)·shrinkᵗ⁻¹ = 0.025, 0.025, 0.0125 towards the origin on both axes
            assertEquals(-5 + 0.0625, run.x(), 1e-15);
            assertEquals(-2 + 0.0625, run.y(), 1e-15);
            assertEquals(0.25, run.trajectory().internal(3, 0), 0, "scale before step 3");
            assertEquals(0.05, run.trajectory().internal(3, 1), 0, "lrₜ after warm-up");

            CliRun list = CliRun.of("list");
            assertTrue(list.out().contains("signdescent (SignDescent)"), list.out());
            assertTrue(list.out().contains("factor by which the step shrinks each time"));
            CliRun path = CliRun.of("trajectory", "--optimizer", "signdescent", "--steps", "2", "--internals");
            assertEquals(0, path.exitCode(), path.err());
            assertTrue(path.out().startsWith("optimizer,step,x,y,loss,scale,lr_t"), path.out());

            Scenario scenario = ScenarioJson.standard().parse("{\"version\": 1, \"surface\": \"ellipsoid\","
                    + " \"optimizers\": [{\"key\": \"signdescent\", \"params\": {\"shrink\": 0.9}}]}");
            assertSame(kind, scenario.optimizers().get(0).kind());
            assertEquals(Palette.hex(kind).toUpperCase(java.util.Locale.ROOT), scenario.optimizers().get(0).colour(),
                    "a generated colour");
            Scenario again = ScenarioJson.standard().parse(ScenarioJson.toJson(scenario));
            assertEquals(0.9, again.optimizers().get(0).params().get("shrink"));
        }
        assertEquals(before, OptimizerKind.values().length, "unregistered again");
        assertThrows(IllegalArgumentException.class, () -> OptimizerKind.byKey("signdescent"));
    }

    @Test
    void aKeyCanBeRegisteredOnlyOnce() {
        try (SignDescent.Scope registered = SignDescent.register()) {
            assertSame(registered.kind(), OptimizerKind.byKey("signdescent"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, SignDescent::register);
            assertEquals("an optimizer 'signdescent' is registered already", e.getMessage());
        }
    }
}
