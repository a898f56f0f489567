package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/**
 * Out of the box, on every surface, every registered optimizer makes visible progress and none diverges. On a
 * surface with minima progress closes a fifth of the gap to the floor; on a saddle, which has no bottom and whose
 * floor is the lowest value in view, a tenth of the way there.
 */
class DefaultRaceTest {
    static Iterable<Surface> surfaces() {
        return Surfaces.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surfaces")
    void everyOptimizerProgressesWithoutDiverging(Surface surface) {
        Race race = Race.of(surface);
        for (OptimizerKind kind : OptimizerKind.values()) {
            race.add(kind);
        }
        int steps = surface.defaultSteps();
        race.step(steps, steps);
        double f0 = surface.value(surface.defaultStart().x(), surface.defaultStart().y());
        for (Run run : race.runs()) {
            String who = surface.key() + "/" + run.kind().key();
            assertNotEquals(RunStatus.DIVERGED, run.status(), who + " diverged at step " + run.divergedAt());
            assertTrue(run.step() == steps, who);
            double drop = (f0 - run.loss()) / (f0 - surface.floor());
            double needed = surface.minima().isEmpty() ? 0.1 : 0.2;
            assertTrue(drop > needed, who + " only reduced the loss gap by " + drop);
            double moved = Math.hypot(run.x() - surface.defaultStart().x(), run.y() - surface.defaultStart().y());
            assertTrue(moved > 0.03 * surface.defaultView().width(), who + " moved only " + moved);
        }
    }
}
