package org.optiviz.core.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learning rates suggested from curvature, in particular RAdam's, which must suit both of its phases. */
class CurvatureRatesTest {
    private static final ViewBox VIEW = new ViewBox(-2, 2, -2, 2);

    @Test
    void gradientMethodsTakeOneOverTheCurvatureAndAdaptiveOnesAFractionOfTheView() {
        Map<String, Double> lr = CurvatureRates.of(50, VIEW);
        assertEquals(1 / 50.0, lr.get("sgd"), 0);
        assertEquals(1 / 100.0, lr.get("eve"), 0);
        assertEquals(4 / 200.0, lr.get("adam"), 0);
        assertEquals(4 / 20.0, lr.get("adagrad"), 0);
    }

    @Test
    void radamTakesTheSmallerRuleBecauseItsWarmUpStepsFollowTheRawGradient() {
        // Steep: 1/L is far below span/200, and RAdam's momentum warm-up needs it.
        assertEquals(1e-6, CurvatureRates.of(1e6, VIEW).get("radam"), 0);
        // Mild: span/200 is the smaller, as for Adam.
        assertEquals(4 / 200.0, CurvatureRates.of(1, VIEW).get("radam"), 0);
        // No curvature known: both rules fall back to span/200.
        assertEquals(4 / 200.0, CurvatureRates.of(0, VIEW).get("radam"), 0);
    }
}
