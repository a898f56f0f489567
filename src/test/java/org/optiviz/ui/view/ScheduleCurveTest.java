package org.optiviz.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;

/** The schedule curve spans enough steps to show the warm-up and the decay it draws. */
class ScheduleCurveTest {
    @Test
    void spanCoversTwiceTheWarmUpAndTheDecayPeriod() {
        Hyperparams plain = OptimizerKind.ADAM.defaults();
        assertEquals(10, ScheduleCurve.span(plain), "a flat schedule still gets a short axis");
        assertEquals(200, ScheduleCurve.span(plain.with("warmup", 100)), "without decay the period is ignored");
        assertEquals(2000, ScheduleCurve.span(plain.with("warmup", 100).with("decay", 3)));
        assertEquals(600, ScheduleCurve.span(plain.with("warmup", 300).with("decay", 1).with("decay_steps", 20)));
    }
}
