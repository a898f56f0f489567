package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.theory.QuadraticTheory;
import org.optiviz.core.theory.Theory;

/** The lesson on theory's best settings: its settings are theory's, and the race does what it says. */
class TheoryLessonTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x336699);

    @Test
    void theLessonsSettingsAreTheorysAndItsCountsAreMeasured() throws ScenarioException {
        Scenario lesson = BundledLessons.load("theory-optimal-ellipsoid.json", JSON);
        QuadraticTheory q = Theory.atFirstMinimum(lesson.surface()).numbers();
        Race race = lesson.race().toRace(true);
        race.step((int) lesson.stepLimit(), lesson.stepLimit());
        Run sgd = race.runs().get(0);
        Run momentum = race.runs().get(1);
        assertEquals(OptimizerKind.SGD, sgd.kind());
        assertEquals(q.gdOptimalLr(), sgd.params().get("lr"), 5e-5);
        assertEquals(q.momentumOptimalLr(), momentum.params().get("lr"), 5e-5);
        assertEquals(q.momentumOptimalMomentum(), momentum.params().get("momentum"), 5e-5);
        assertEquals(81, firstBelow(sgd, 1e-6));
        assertEquals(26, firstBelow(momentum, 1e-6));
        // Theory's prediction: log(10⁻⁶/f₀)/(2·log ρ) steps.
        double f0 = sgd.trajectory().loss(0);
        assertEquals(81, Math.ceil(Math.log(1e-6 / f0) / (2 * Math.log(q.gdRate()))));
        assertEquals(18, Math.ceil(Math.log(1e-6 / f0) / (2 * Math.log(q.momentumRate()))));
    }

    private static int firstBelow(Run run, double loss) {
        for (int step = 0; step < run.trajectory().size(); step++) {
            if (run.trajectory().loss(step) < loss) {
                return step;
            }
        }
        return -1;
    }
}
