package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.BatchProgress;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.batch.StartGrid;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.plot.view.Layout;

/** What the Himmelblau map lesson says, checked on a 64×64 map of its own race. */
class HimmelblauMapLessonTest {
    private static final ScenarioJson JSON = new ScenarioJson(kind -> 0x336699);

    /** The share of starts that end at the minimum of their own quarter of the view, and the mean settle step. */
    private static double[] quarters(ConvergenceMap map) {
        int same = 0;
        long settleSum = 0;
        int settled = 0;
        StartGrid grid = map.grid();
        for (int run = 0; run < grid.size(); run++) {
            double x = grid.x(run % grid.cols());
            double y = grid.y(run / grid.cols());
            int quarter = x >= 0 ? (y >= 0 ? 0 : 3) : (y >= 0 ? 1 : 2); // the order of Himmelblau's minima
            same += map.basins().of(run) == quarter ? 1 : 0;
            if (map.result().settledAt(run) >= 0) {
                settled++;
                settleSum += map.result().settledAt(run);
            }
        }
        return new double[] {(double) same / grid.size(), (double) settleSum / settled};
    }

    @Test
    void sgdStaysInItsQuarterAndMomentumOvershootsFromTheCorner() throws ScenarioException {
        Scenario lesson = BundledLessons.load("himmelblau-where-they-end.json", JSON);
        assertEquals(Layout.MAP, lesson.layout());
        RaceSetup race = lesson.race();
        StartGrid grid = new StartGrid(lesson.view(), 64, 64);
        ConvergenceMap[] maps = new ConvergenceMap[2];
        for (int r = 0; r < 2; r++) {
            RaceSetup.RunSetup run = race.runs().get(r);
            maps[r] = ConvergenceMap.compute(race.surface(), 0, 0, run.kind(), run.params(), grid, 500, 1e-6, 2,
                    () -> false, BatchProgress.NONE);
        }
        double[] momentum = quarters(maps[0]);
        double[] sgd = quarters(maps[1]);
        assertEquals(0.97, sgd[0], 0.005, "SGD ends in its own quarter from 97% of the starts");
        assertEquals(50, sgd[1], 5, "SGD settles in about 50 steps");
        assertEquals(0.85, momentum[0], 0.005, "Momentum ends in its own quarter from 85%");

        Race played = race.toRace(false);
        played.step(500, 500);
        assertEquals(3.584428340330492, played.runs().get(0).x(), 1e-6, "Momentum overshoots to (3.58, −1.85)");
        assertEquals(-1.848126526964404, played.runs().get(0).y(), 1e-6);
        assertEquals(3, played.runs().get(1).x(), 1e-6, "SGD stays in its quarter, at (3, 2)");
        assertTrue(played.runs().get(1).y() > 1.99);
    }
}
