package org.optiviz.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Ellipsoid;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Rosenbrock;
import org.optiviz.core.surface.Saddle;

/** The theory's numbers against their closed forms. */
class TheoryTest {
    @Test
    void ellipsoidIsExactWithTheTextbookNumbers() {
        Theory theory = Theory.atFirstMinimum(new Ellipsoid());
        QuadraticTheory q = theory.numbers();
        assertTrue(theory.exact());
        assertEquals(0.2, q.lambdaMin(), 1e-15);
        assertEquals(4, q.lambdaMax(), 1e-15);
        assertEquals(20, q.conditionNumber(), 1e-12);
        assertEquals(2 / 4.2, q.gdOptimalLr(), 1e-15);
        assertEquals(0.5, q.gdStabilityLimit(), 1e-15);
        assertEquals(19.0 / 21, q.gdRate(), 1e-15);
        double root = Math.sqrt(20);
        assertEquals(Math.pow(2 / (2 + Math.sqrt(0.2)), 2), q.momentumOptimalLr(), 1e-15);
        assertEquals(Math.pow((root - 1) / (root + 1), 2), q.momentumOptimalMomentum(), 1e-15);
        assertEquals((root - 1) / (root + 1), q.momentumRate(), 1e-15);
        assertEquals(2 * 1.9 / 4, q.momentumStabilityLimit(0.9), 1e-15);
    }

    @Test
    void rosenbrockAtItsMinimumFromTheLocalHessian() {
        Theory theory = Theory.atFirstMinimum(new Rosenbrock());
        assertFalse(theory.exact());
        assertEquals(new Hessian(802, -400, 200), theory.hessian());
        QuadraticTheory q = theory.numbers();
        // Closed form: (1002 ± √(602² + 4·400²))/2.
        double disc = Math.sqrt(602.0 * 602 + 4 * 400.0 * 400);
        assertEquals((1002 + disc) / 2, q.lambdaMax(), 1e-10);
        assertEquals(1001.6, q.lambdaMax(), 0.05);
        assertEquals(0.3994, q.lambdaMin(), 5e-5);
        assertEquals(802 * 200 - 400 * 400, q.lambdaMin() * q.lambdaMax(), 1e-9); // det = λmin·λmax
        assertEquals(2508, q.conditionNumber(), 0.5);
    }

    @Test
    void aChosenPointAndASaddle() {
        Theory atStart = Theory.at(new Rosenbrock(), new Point(-1.5, 2.5));
        assertEquals(2 - 400 * (2.5 - 2.25) + 800 * 2.25, atStart.hessian().xx(), 1e-12);
        Theory saddle = Theory.at(new Saddle(), new Point(0, 0));
        assertFalse(saddle.numbers().positiveDefinite());
        assertTrue(Double.isNaN(saddle.numbers().conditionNumber()));
        assertEquals(1, saddle.numbers().gdStabilityLimit(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Theory.atFirstMinimum(new Saddle()));
    }

    @Test
    void aTypedQuadraticIsExact() {
        TypedSurface f = TypedSurface.of("x^2 + 10y^2", null, null);
        Theory theory = Theory.at(f, new Point(0.3, -1));
        assertTrue(theory.exact());
        assertEquals(2, theory.numbers().lambdaMin(), 1e-12);
        assertEquals(20, theory.numbers().lambdaMax(), 1e-12);
        assertEquals(10, theory.numbers().conditionNumber(), 1e-12);
    }

    @Test
    void rotatedHessianHasItsFlatDirection() {
        Hessian h = new Hessian(2.5, 1.5, 2.5); // eigenvalues 4 along (1, 1) and 1 along (1, −1)
        assertEquals(4, h.largest(), 1e-12);
        assertEquals(1, h.smallest(), 1e-12);
        assertEquals(-Math.PI / 4, h.flatDirection(), 1e-12);
    }
}
