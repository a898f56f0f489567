package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

/** The default races show what each surface is there to teach. */
class TeachingRacesTest {
    private static Run run(Surface surface, OptimizerKind kind) {
        Race race = Race.of(surface);
        Run run = race.add(kind);
        race.step(surface.defaultSteps(), surface.defaultSteps());
        return run;
    }

    /**
     * The basins a Rastrigin run passes through: each local minimum sits near a whole-number point, so the basin of
     * a point is its rounded coordinates.
     */
    private static Set<Long> basinsPassed(Run run) {
        Set<Long> basins = new HashSet<>();
        Trajectory t = run.trajectory();
        for (int i = 0; i < t.size(); i++) {
            basins.add(Math.round(t.x(i)) * 1000 + Math.round(t.y(i)));
        }
        return basins;
    }

    @Test
    void onRastriginSgdStopsInTheFirstMinimumWhileMomentumMethodsCrossSeveral() {
        Surface rastrigin = Surfaces.byKey("rastrigin");
        Run sgd = run(rastrigin, OptimizerKind.SGD);
        assertEquals(2, basinsPassed(sgd).size(), "SGD leaves the hilltop it starts on for the basin below only");
        assertEquals(RunStatus.CONVERGED, sgd.status());
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.MOMENTUM, OptimizerKind.NAG}) {
            Run run = run(rastrigin, kind);
            assertTrue(basinsPassed(run).size() >= 4, kind + " passes " + basinsPassed(run).size() + " basins");
            assertTrue(Math.hypot(run.x() - sgd.x(), run.y() - sgd.y()) > 1.9, kind + " ends two minima further on");
            assertTrue(rastrigin.defaultView().contains(run.x(), run.y()), kind + " ends in view");
        }
    }

    @Test
    void onTheEllipsoidAdamAdamWAndAdaSmoothTakeVisiblyDifferentPaths() {
        Surface ellipsoid = Surfaces.byKey("ellipsoid");
        Run adam = run(ellipsoid, OptimizerKind.ADAM);
        Run adamw = run(ellipsoid, OptimizerKind.ADAMW);
        Run adasmooth = run(ellipsoid, OptimizerKind.ADASMOOTH);
        double apart = 0.05 * ellipsoid.defaultView().width();
        assertTrue(widestGap(adam, adamw) > apart, "Adam and AdamW");
        assertTrue(widestGap(adam, adasmooth) > apart, "Adam and AdaSmooth");
        assertTrue(widestGap(adamw, adasmooth) > apart, "AdamW and AdaSmooth");
    }

    @Test
    void onTheSaddlesTheEscapeHappensInView() {
        for (String key : new String[] {"saddle", "monkey-saddle"}) {
            Surface saddle = Surfaces.byKey(key);
            ViewBox view = saddle.defaultView();
            Run sgd = run(saddle, OptimizerKind.SGD);
            assertTrue(view.contains(sgd.x(), sgd.y()), key + ": SGD is still in view at the end");
            double f0 = saddle.value(saddle.defaultStart().x(), saddle.defaultStart().y());
            assertTrue(sgd.loss() < f0 - 0.25 * (f0 - saddle.floor()), key + ": SGD is well on its way down");
            int leftView = 0;
            for (OptimizerKind kind : OptimizerKind.values()) {
                Run run = run(saddle, kind);
                leftView += view.contains(run.x(), run.y()) ? 0 : 1;
            }
            assertTrue(leftView <= OptimizerKind.values().length / 2, key + ": most runs end in view, " + leftView
                    + " left it");
        }
    }

    /** The largest distance between two runs' points at the same step. */
    private static double widestGap(Run a, Run b) {
        double widest = 0;
        int n = Math.min(a.trajectory().size(), b.trajectory().size());
        for (int i = 0; i < n; i++) {
            widest = Math.max(widest, Math.hypot(a.trajectory().x(i) - b.trajectory().x(i),
                    a.trajectory().y(i) - b.trajectory().y(i)));
        }
        return widest;
    }
}
