package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

class DivergenceTest {
    @Test
    void aStartBeyondTheBoundIsRefusedBeforeAnyStep() {
        var surface = Surfaces.byKey("ellipsoid");
        for (Point bad : new Point[] {new Point(2e8, 0), new Point(0, -1e9), new Point(Double.NaN, 0)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Race(surface, bad, 0, 0, true));
            assertEquals("the start point needs x and y within ±1e8, got " + bad, e.getMessage());
            Race race = Race.of(surface);
            race.add(OptimizerKind.SGD);
            assertThrows(IllegalArgumentException.class, () -> race.setStart(bad));
            assertEquals(surface.defaultStart(), race.start(), "a refused start changes nothing");
        }
    }

    @Test
    void aRunThatBlowsUpStopsAtTheFirstBadStepAndTheOthersGoOn() {
        Race race = new Race(Surfaces.byKey("ellipsoid"), new Point(1, 1), 0, 0, true);
        // y ← y − 1.1·4y = −3.4y: |y| passes 1e8 at the first t with 3.4ᵗ > 1e8, t = 16.
        Run blowUp = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 1.1));
        Run calm = race.add(OptimizerKind.ADAM);
        race.step(100, 100);
        int expected = (int) Math.ceil(Math.log(1e8) / Math.log(3.4));
        assertEquals(16, expected);
        assertEquals(RunStatus.DIVERGED, blowUp.status());
        assertEquals(expected, blowUp.divergedAt());
        assertEquals(expected - 1, blowUp.step());
        assertEquals(expected, blowUp.trajectory().size(), "the diverged point is not recorded");
        assertTrue(Math.abs(blowUp.trajectory().y(expected - 1)) <= Run.DIVERGENCE_BOUND);
        assertEquals(100, calm.step());
        assertFalse(blowUp.advance(race.objective()), "a diverged run takes no more steps");
    }

    @Test
    void nonFiniteValuesCountAsDivergence() {
        Race race = new Race(Surfaces.byKey("rosenbrock"), new Point(-1.5, 2.5), 0, 0, true);
        Run run = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 100));
        race.step(50, 50);
        assertEquals(RunStatus.DIVERGED, run.status());
        for (int step = 0; step < run.trajectory().size(); step++) {
            assertTrue(Double.isFinite(run.trajectory().loss(step)));
        }
    }

    @Test
    void restartClearsDivergence() {
        Race race = new Race(Surfaces.byKey("ellipsoid"), new Point(1, 1), 0, 0, true);
        Run run = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 1.1));
        race.step(30, 30);
        race.setStart(new Point(0, 0));
        assertEquals(RunStatus.RUNNING, run.status());
        assertEquals(-1, run.divergedAt());
        race.step(5, 5);
        assertEquals(5, run.step());
        assertEquals(RunStatus.CONVERGED, run.status(), "at the minimum the run does not move");
    }
}
