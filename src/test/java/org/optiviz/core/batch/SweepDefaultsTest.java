package org.optiviz.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/** The axes a sweep takes by default, and the range any key gets when chosen. */
class SweepDefaultsTest {
    private static final Surface ELLIPSOID = Surfaces.byKey("ellipsoid");

    @Test
    void lrAcrossFourDecadesAgainstTheMomentumLikeParameter() {
        Hyperparams momentum = OptimizerKind.MOMENTUM.defaultsFor(ELLIPSOID);
        SweepAxis x = SweepDefaults.x(momentum);
        assertEquals(new SweepAxis("lr", momentum.get("lr") / 100, momentum.get("lr") * 100, true, 64), x);
        assertEquals(new SweepAxis("momentum", 0, 0.99, false, 64), SweepDefaults.y(momentum));
        assertEquals("beta1", SweepDefaults.y(OptimizerKind.ADAM.defaultsFor(ELLIPSOID)).key());
        assertNull(SweepDefaults.y(OptimizerKind.SGD.defaultsFor(ELLIPSOID)), "SGD has no momentum or ε");
    }

    @Test
    void everyChosenKeyGetsARangeOnItsOwnScaleThatTheOptimizerAccepts() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            Hyperparams base = kind.defaultsFor(ELLIPSOID);
            for (String key : SweepDefaults.sweepable(base)) {
                SweepAxis axis = SweepDefaults.axis(base, key, 8);
                assertEquals(base.spec(key).scale() == org.optiviz.core.param.ParamScale.LOG, axis.log(), key);
                Sweep.cells(base, axis, SweepDefaults.axis(base, key.equals("lr") ? "decay_rate" : "lr", 4));
            }
            assertFalse(SweepDefaults.sweepable(base).contains("decay"), "a choice is not swept");
        }
        Hyperparams adam = OptimizerKind.ADAM.defaultsFor(ELLIPSOID);
        SweepAxis beta2 = SweepDefaults.axis(adam, "beta2", 16);
        assertTrue(beta2.hi() > 0.999 && beta2.hi() < 1, "β₂ = 0.999 lies inside its range: " + beta2.hi());
    }
}
