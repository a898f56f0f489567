package org.optiviz.plot.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/**
 * Theory's edge of divergence on the sweep heat map against the closed form lr = 2(1 + μ)/λmax with λmax = 4 on the
 * ellipsoid, and against the measured cells: no run diverges inside it, and the measured edge is within a cell.
 */
class TheoryBoundaryTest {
    private static final Surface ELLIPSOID = Surfaces.byKey("ellipsoid");

    @Test
    void onTheEllipsoidTheBoundaryIsTheClosedFormAndExact() {
        Hyperparams base = OptimizerKind.MOMENTUM.defaultsFor(ELLIPSOID);
        TheoryBoundary theory = TheoryBoundary.of(ELLIPSOID, OptimizerKind.MOMENTUM, base, "lr", "momentum");
        assertEquals(4, theory.lambdaMax(), 1e-12);
        assertTrue(theory.exact());
        for (double mu : new double[] {0, 0.3, 0.9, 0.99}) {
            assertEquals(2 * (1 + mu) / 4, theory.lrLimit(mu), 1e-12);
        }
        assertEquals("theory (exact): lr·λmax = 2(1 + μ), λmax = 4", theory.label(SweepWords.ENGLISH));
        TheoryBoundary sgd = TheoryBoundary.of(ELLIPSOID, OptimizerKind.SGD,
                OptimizerKind.SGD.defaultsFor(ELLIPSOID), "decay_rate", "lr");
        assertEquals(0.5, sgd.lrLimit(0.9), 1e-12, "gradient descent: 2/λmax whatever the other axis");
        assertNull(TheoryBoundary.of(ELLIPSOID, OptimizerKind.ADAM, OptimizerKind.ADAM.defaultsFor(ELLIPSOID),
                "lr", "beta1"), "no theory for Adam");
        assertNull(TheoryBoundary.of(ELLIPSOID, OptimizerKind.MOMENTUM, base, "momentum", "decay_rate"),
                "no lr axis, no boundary");
    }

    @Test
    void elsewhereItIsLocalFromTheHessianAtTheMinimumAndSaysSo() {
        Surface rosenbrock = Surfaces.byKey("rosenbrock");
        TheoryBoundary theory = TheoryBoundary.of(rosenbrock, OptimizerKind.MOMENTUM,
                OptimizerKind.MOMENTUM.defaultsFor(rosenbrock), "lr", "momentum");
        assertFalse(theory.exact());
        assertEquals(new Point(1, 1), theory.at());
        assertEquals(1001.6, theory.lambdaMax(), 0.05);
        assertTrue(theory.label(SweepWords.ENGLISH).startsWith("theory (local, Hessian at (1, 1))"));
    }

    @Test
    void theMeasuredEdgeLiesWithinOneCellOfTheory() {
        Hyperparams base = OptimizerKind.MOMENTUM.defaultsFor(ELLIPSOID);
        SweepAxis lr = new SweepAxis("lr", 0.001, 4, true, 64);
        SweepAxis mu = new SweepAxis("momentum", 0, 0.99, false, 32);
        Sweep sweep = Sweep.compute(ELLIPSOID, 0, 0, OptimizerKind.MOMENTUM, base, lr, mu, new Point(-5, -2), 500,
                2, () -> false, (done, total) -> { });
        TheoryBoundary theory = TheoryBoundary.of(ELLIPSOID, OptimizerKind.MOMENTUM, base, "lr", "momentum");
        double cell = Math.pow(4 / 0.001, 1.0 / 63); // lr ratio between neighbouring cells
        for (int j = 0; j < mu.n(); j++) {
            double limit = theory.lrLimit(sweep.settings()[sweep.run(0, j)].get("momentum"));
            for (int i = 0; i < lr.n(); i++) {
                double value = sweep.settings()[sweep.run(i, j)].get("lr");
                boolean diverged = sweep.result().status(sweep.run(i, j)) == RunStatus.DIVERGED;
                if (value < limit / cell) {
                    assertFalse(diverged, "stable by theory, more than a cell inside: lr " + value);
                }
                if (value > limit * cell) {
                    assertTrue(diverged, "unstable by theory, more than a cell outside: lr " + value);
                }
            }
        }
    }
}
