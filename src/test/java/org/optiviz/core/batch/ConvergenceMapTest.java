package org.optiviz.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/** Himmelblau's four basins: each map cell's basin is the minimum its single run ends nearest to. */
class ConvergenceMapTest {
    @Test
    void himmelblauBasinsAreWhereSingleRunsEnd() {
        Surface himmelblau = Surfaces.byKey("himmelblau");
        StartGrid grid = new StartGrid(himmelblau.defaultView(), 24, 24);
        for (OptimizerKind kind : List.of(OptimizerKind.SGD, OptimizerKind.ADAM, OptimizerKind.MOMENTUM)) {
            ConvergenceMap map = ConvergenceMap.compute(himmelblau, 0, 0, kind, kind.defaultsFor(himmelblau), grid,
                    500, 1e-6, 2, () -> false, BatchProgress.NONE);
            int[] perBasin = new int[4];
            for (int j = 0; j < grid.rows(); j++) {
                for (int i = 0; i < grid.cols(); i++) {
                    Objective objective = Objective.noiseless(himmelblau);
                    Run run = new Run(kind, kind.defaultsFor(himmelblau), false);
                    run.restart(new Point(grid.x(i), grid.y(j)), objective);
                    for (int t = 0; t < 500; t++) {
                        run.advance(objective);
                    }
                    int cell = map.run(i, j);
                    assertEquals(run.x(), map.result().x(cell));
                    assertEquals(run.y(), map.result().y(cell));
                    int expected = -1;
                    if (run.status() != RunStatus.DIVERGED) {
                        double best = 0.02 * Math.hypot(10, 10);
                        for (int k = 0; k < 4; k++) {
                            Point m = himmelblau.minima().get(k);
                            double d = Math.hypot(run.x() - m.x(), run.y() - m.y());
                            if (d <= best) {
                                best = d;
                                expected = k;
                            }
                        }
                    }
                    assertEquals(expected, map.basins().of(cell), kind + " from cell " + i + "," + j);
                    if (expected >= 0) {
                        perBasin[expected]++;
                    }
                }
            }
            for (int k = 0; k < 4; k++) {
                assertTrue(perBasin[k] > 0, kind + " reaches minimum " + k + " from some start");
            }
            if (kind == OptimizerKind.SGD) { // plain descent from a corner goes to the minimum nearest it
                assertEquals(0, map.basins().of(map.run(23, 23)), "top right");
                assertEquals(2, map.basins().of(map.run(0, 0)), "bottom left");
            }
        }
    }

    @Test
    void endPointsAwayFromKnownMinimaFormClusters() {
        Surface rastrigin = Surfaces.byKey("rastrigin");
        StartGrid grid = new StartGrid(rastrigin.defaultView(), 16, 16);
        ConvergenceMap map = ConvergenceMap.compute(rastrigin, 0, 0, OptimizerKind.SGD,
                OptimizerKind.SGD.defaultsFor(rastrigin), grid, 400, 1e-6, 1, () -> false, BatchProgress.NONE);
        assertTrue(map.basins().centres().size() > map.basins().known() + 1, "local minima become basins of their own");
        for (int run = 0; run < grid.size(); run++) {
            int basin = map.basins().of(run);
            if (basin >= 0) {
                Point centre = map.basins().centres().get(basin);
                assertTrue(Math.hypot(centre.x() - map.result().x(run), centre.y() - map.result().y(run))
                        <= Basins.RADIUS * Math.hypot(grid.view().width(), grid.view().height()));
            }
        }
    }
}
