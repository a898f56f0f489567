package org.optiviz.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Ellipsoid;

/** Predicted rates against closed forms and against measured runs on the ellipsoid. */
class ConvergenceRatesTest {
    private static final QuadraticTheory ELLIPSOID = new QuadraticTheory(0.2, 4);

    @Test
    void optimalSettingsGiveTheOptimalRates() {
        Hyperparams sgd = OptimizerKind.SGD.defaults().with("lr", ELLIPSOID.gdOptimalLr());
        assertEquals(ELLIPSOID.gdRate(), ConvergenceRates.rate(OptimizerKind.SGD, sgd, ELLIPSOID), 1e-12);
        Hyperparams heavy = OptimizerKind.MOMENTUM.defaults().with("lr", ELLIPSOID.momentumOptimalLr())
                .with("momentum", ELLIPSOID.momentumOptimalMomentum());
        assertEquals(ELLIPSOID.momentumRate(), ConvergenceRates.rate(OptimizerKind.MOMENTUM, heavy, ELLIPSOID), 1e-7);
        assertTrue(Double.isNaN(ConvergenceRates.rate(OptimizerKind.ADAM, OptimizerKind.ADAM.defaults(), ELLIPSOID)));
    }

    @Test
    void stabilityLimitsAreWhereTheRateReachesOne() {
        for (OptimizerKind kind : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.NAG}) {
            double limit = ConvergenceRates.stableLrLimit(kind, 0.5, 4);
            Hyperparams at = kind.defaults().with("lr", limit * (1 - 1e-9));
            Hyperparams past = kind.defaults().with("lr", limit * (1 + 1e-6));
            if (kind != OptimizerKind.SGD) {
                at = at.with("momentum", 0.5);
                past = past.with("momentum", 0.5);
            }
            assertTrue(ConvergenceRates.rate(kind, at, ELLIPSOID) < 1, kind + " just inside");
            assertTrue(ConvergenceRates.rate(kind, past, ELLIPSOID) > 1, kind + " just outside");
        }
        assertEquals(0.5, ConvergenceRates.stableLrLimit(OptimizerKind.SGD, 0, 4), 1e-15);
        assertEquals(2 * 1.9 / 4, ConvergenceRates.stableLrLimit(OptimizerKind.MOMENTUM, 0.9, 4), 1e-15);
    }

    /** The measured loss gap of gradient descent shrinks by ρ² per step once the fast direction has died out. */
    @Test
    void measuredSgdFollowsThePredictedRate() {
        Race race = Race.of(new Ellipsoid());
        double lr = 0.3;
        Run run = race.add(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", lr));
        race.step(60, 60);
        double rate = ConvergenceRates.rate(OptimizerKind.SGD, run.params(), ELLIPSOID);
        assertEquals(Math.max(Math.abs(1 - lr * 0.2), Math.abs(1 - lr * 4)), rate, 1e-15);
        var loss = run.trajectory();
        assertEquals(rate * rate, loss.loss(60) / loss.loss(59), 1e-9);
    }
}
