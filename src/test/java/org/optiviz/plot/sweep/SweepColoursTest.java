package org.optiviz.plot.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.plot.ColorMap;

/** What colours a sweep's cells: final loss or steps to settle, diverged dark, never settled grey. */
class SweepColoursTest {
    private static final Surface ELLIPSOID = Surfaces.byKey("ellipsoid");

    private static Sweep sweep(int steps) {
        return Sweep.compute(ELLIPSOID, 0, 0, OptimizerKind.MOMENTUM, OptimizerKind.MOMENTUM.defaultsFor(ELLIPSOID),
                new SweepAxis("lr", 0.001, 4, true, 12), new SweepAxis("momentum", 0, 0.99, false, 8),
                ELLIPSOID.defaultStart(), steps, 1, () -> false, (done, total) -> { });
    }

    @Test
    void eachCellIsColouredByWhatTheColouringSays() {
        Sweep sweep = sweep(300);
        for (SweepColouring colouring : SweepColouring.values()) {
            SweepField field = SweepFields.field(sweep, ELLIPSOID, colouring, SweepWords.ENGLISH, "Momentum",
                    "Ellipsoid");
            SweepColours colours = SweepColours.of(field);
            int[] rows = colours.rows();
            boolean sawGrey = false;
            for (int j = 0; j < sweep.y().n(); j++) {
                for (int i = 0; i < sweep.x().n(); i++) {
                    int run = sweep.run(i, j);
                    int pixel = rows[(sweep.y().n() - 1 - j) * sweep.x().n() + i]; // top row first
                    if (sweep.result().status(run) == RunStatus.DIVERGED) {
                        assertEquals(SweepColours.DIVERGED, pixel);
                    } else if (colouring == SweepColouring.STEPS && sweep.result().settledAt(run) < 0) {
                        assertEquals(SweepColours.NOT_SETTLED, pixel);
                        sawGrey = true;
                    } else {
                        double value = colouring == SweepColouring.STEPS ? sweep.result().settledAt(run)
                                : SweepColours.level(sweep.result().loss(run), ELLIPSOID.floor());
                        double t = Math.max(0, Math.min(1, (value - colours.lo()) / (colours.hi() - colours.lo())));
                        assertEquals(ColorMap.viridis(t), pixel);
                    }
                }
            }
            if (colouring == SweepColouring.STEPS) {
                assertTrue(sawGrey, "the smallest lrs have not settled in 300 steps");
                assertTrue(colours.hi() <= 300 && colours.lo() >= 0);
            }
        }
        assertNotEquals(SweepColours.DIVERGED, SweepColours.NOT_SETTLED);
    }
}
