package org.optiviz.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.DecimalText;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/** Every cell of a sweep is the race's run with that cell's values, which print and read back unchanged. */
class SweepTest {
    @Test
    void cellsAreSingleRunsWithTheirValues() {
        Surface ellipsoid = Surfaces.byKey("ellipsoid");
        OptimizerKind kind = OptimizerKind.MOMENTUM;
        SweepAxis lr = SweepAxis.parse("lr=0.001:3:log:17");
        SweepAxis momentum = SweepAxis.parse("momentum=0:0.99:lin:9");
        Sweep sweep = Sweep.compute(ellipsoid, 0.3, 5, kind, kind.defaultsFor(ellipsoid), lr, momentum,
                ellipsoid.defaultStart(), 150, 2, () -> false, BatchProgress.NONE);
        boolean anyDiverged = false;
        boolean anyConverged = false;
        for (int j = 0; j < momentum.n(); j++) {
            for (int i = 0; i < lr.n(); i++) {
                int cell = sweep.run(i, j);
                Hyperparams settings = sweep.settings()[cell];
                // As the CSV prints them, and as trajectory --set reads them back.
                double lrValue = DecimalText.parse(Double.toString(settings.get("lr")));
                double muValue = DecimalText.parse(Double.toString(settings.get("momentum")));
                Hyperparams typed = kind.defaultsFor(ellipsoid).with("lr", lrValue).with("momentum", muValue);
                Objective objective = new Objective(ellipsoid, 0.3, 5);
                Run run = new Run(kind, typed, false);
                run.restart(ellipsoid.defaultStart(), objective);
                for (int t = 0; t < 150; t++) {
                    run.advance(objective);
                }
                assertEquals(run.loss(), sweep.result().loss(cell), "cell " + i + "," + j);
                assertEquals(run.status(), sweep.result().status(cell));
                anyDiverged |= run.status() == RunStatus.DIVERGED;
                anyConverged |= run.loss() < 0.01; // the noise keeps it from going lower
            }
        }
        assertTrue(anyDiverged && anyConverged, "the sweep spans converging and diverging settings");
        assertEquals(0.001, lr.value(0));
        assertEquals(3, lr.value(16));
    }

    @Test
    void valuesOutsideAHyperparametersRangeAreRefusedByName() {
        Hyperparams momentum = OptimizerKind.MOMENTUM.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sweep.cells(momentum,
                SweepAxis.parse("lr=0.01:1:log:4"), SweepAxis.parse("momentum=0:1:lin:5")));
        assertTrue(e.getMessage().contains("momentum"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lr=0:1:log:4"));
        assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse("lr=0.1:1:cubic:4"));
    }
}
