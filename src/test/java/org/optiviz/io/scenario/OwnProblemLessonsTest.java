package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.Trajectory;
import org.optiviz.core.surface.Point;

/** The lessons on minibatches, standardising and typed functions still show what their explanations say. */
class OwnProblemLessonsTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x336699);

    private static Scenario lesson(String name) throws ScenarioException {
        return BundledLessons.load(name, JSON);
    }

    private static Race raced(RaceSetup setup, long steps) {
        Race race = setup.toRace(true);
        race.step((int) steps, steps);
        return race;
    }

    private static Run run(Race race, OptimizerKind kind) {
        return race.runs().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    /** Mean distance from the point over steps 200..300. */
    private static double wander(Trajectory t, Point min) {
        double sum = 0;
        for (int s = 200; s <= 300; s++) {
            sum += Math.hypot(t.x(s) - min.x(), t.y(s) - min.y());
        }
        return sum / 101;
    }

    @Test
    void theWanderAroundTheMinimumShrinksAsTheBatchGrows() throws ScenarioException {
        Scenario lesson = lesson("minibatch-noise.json");
        DataModel four = (DataModel) lesson.surface();
        assertEquals(4, four.batchSize());
        Point min = four.minima().get(0);
        double[] wanders = new double[3];
        int[] sizes = {4, 32, four.data().size()};
        for (int k = 0; k < 3; k++) {
            RaceSetup setup = lesson.race();
            setup = new RaceSetup(four.withBatchSize(sizes[k]), setup.start(), setup.noiseSigma(), setup.noiseSeed(),
                    setup.runs());
            Trajectory sgd = run(raced(setup, lesson.stepLimit()), OptimizerKind.SGD).trajectory();
            wanders[k] = wander(sgd, min);
            int near = -1;
            for (int s = 0; s < sgd.size() && near < 0; s++) {
                near = Math.hypot(sgd.x(s) - min.x(), sgd.y(s) - min.y()) < 1 ? s : -1;
            }
            assertTrue(near >= 35 && near <= 45, "near the minimum by step 40, got " + near);
        }
        assertEquals(272, four.data().size());
        assertEquals(0.6, wanders[0], 0.07);
        assertEquals(0.15, wanders[1], 0.03);
        assertTrue(wanders[2] < 1e-6, "the full batch settles: " + wanders[2]);
    }

    @Test
    void rawFeaturesMakeARavineThatStandardisingRemoves() throws ScenarioException {
        Scenario lesson = lesson("standardising.json");
        DataModel raw = (DataModel) lesson.surface();
        double mean = 0;
        double square = 0;
        for (double x : raw.data().xs()) {
            mean += x / raw.data().size();
            square += x * x / raw.data().size();
        }
        double big = (square + 1) / 2 + Math.hypot((square - 1) / 2, mean);
        double small = (square + 1) - big;
        assertEquals(160, big / small, 10, "curvatures differ about 160-fold");
        Race race = raced(lesson.race(), lesson.stepLimit());
        Point min = raw.minima().get(0);
        Run sgd = run(race, OptimizerKind.SGD);
        double left = Math.hypot(sgd.x() - min.x(), sgd.y() - min.y());
        assertEquals(4.5, left, 0.5, "SGD is still about 4 from the minimum");
        Trajectory momentum = run(race, OptimizerKind.MOMENTUM).trajectory();
        int within = -1;
        for (int s = 0; s < momentum.size() && within < 0; s++) {
            within = momentum.loss(s) - raw.floor() < 0.01 * raw.floor() ? s : -1;
        }
        assertEquals(36, within);
        DataModel z = DataModel.of(raw.data(), raw.model(), raw.batchSize(), true);
        Race standardised = raced(lesson.race().movedTo(z), 1);
        Run one = run(standardised, OptimizerKind.SGD);
        Point zmin = z.minima().get(0);
        assertTrue(Math.hypot(one.x() - zmin.x(), one.y() - zmin.y()) < 1e-9, "one step lands on the minimum");
    }

    @Test
    void onTheRingMomentumCrossesTheCentreAndTheOthersStopNearby() throws ScenarioException {
        Scenario lesson = lesson("your-own-function.json");
        Race race = raced(lesson.race(), lesson.stepLimit());
        for (OptimizerKind kind : List.of(OptimizerKind.SGD, OptimizerKind.ADAM)) {
            Run r = run(race, kind);
            assertEquals(1, Math.hypot(r.x(), r.y()), 1e-3, kind.key());
            double angle = Math.toDegrees(Math.atan2(r.y(), r.x()));
            assertTrue(angle >= 33.5 && angle <= 39.5, kind.key() + " at " + angle);
        }
        Run momentum = run(race, OptimizerKind.MOMENTUM);
        assertEquals(1, Math.hypot(momentum.x(), momentum.y()), 1e-3);
        assertEquals(-141, Math.toDegrees(Math.atan2(momentum.y(), momentum.x())), 2);
        double closest = Double.POSITIVE_INFINITY;
        for (int s = 0; s < momentum.trajectory().size(); s++) {
            closest = Math.min(closest, Math.hypot(momentum.trajectory().x(s), momentum.trajectory().y(s)));
        }
        assertTrue(closest < 0.5, "momentum passes near the centre: " + closest);
    }
}
