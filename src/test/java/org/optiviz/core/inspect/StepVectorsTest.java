package org.optiviz.core.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Ellipsoid;

/**
 * The vectors of a step against the optimizer's state at known steps, worked out here by hand from the rules on the
 * ellipsoid, f = 0.1x² + 2y², ∇f = (0.2x, 4y), from (−5, −2).
 */
class StepVectorsTest {
    private static Run run(OptimizerKind kind, Hyperparams params, int steps) {
        Race race = Race.of(new Ellipsoid());
        Run run = race.add(kind, params);
        race.step(steps, steps);
        return run;
    }

    @Test
    void noVectorsBeforeTheFirstStep() {
        assertNull(StepVectors.of(run(OptimizerKind.SGD, OptimizerKind.SGD.defaults(), 0)));
    }

    @Test
    void sgdStepIsMinusLrTimesTheGradientAtTheStart() {
        StepVectors v = StepVectors.of(run(OptimizerKind.SGD, OptimizerKind.SGD.defaults().with("lr", 0.4), 1));
        assertArrayEquals(new double[] {0.2 * -5, 4 * -2.0}, v.gradient(), 0);
        assertArrayEquals(new double[] {0.4, 3.2}, v.gradientStep(), 1e-15);
        assertArrayEquals(v.gradientStep(), v.step(), 1e-15);
        assertNull(v.momentum());
        assertNull(v.effectiveStep());
        assertEquals(-4.6, v.to().x(), 1e-15);
        assertEquals(1.2, v.to().y(), 1e-15);
    }

    @Test
    void momentumSplitsItsSecondStepIntoCarriedVelocityAndGradient() {
        double lr = 0.05;
        double mu = 0.9;
        StepVectors v = StepVectors.of(run(OptimizerKind.MOMENTUM,
                OptimizerKind.MOMENTUM.defaults().with("lr", lr).with("momentum", mu), 2));
        // Step 1: v₁ = −lr·g(−5, −2) = (0.05, 0.4); θ₁ = (−4.95, −1.6). Step 2: g = (−0.99, −6.4).
        double[] v1 = {0.05, 0.4};
        assertEquals(-4.95, v.from().x(), 1e-15);
        assertEquals(-1.6, v.from().y(), 1e-15);
        assertArrayEquals(new double[] {-0.99, -6.4}, v.gradient(), 1e-15);
        assertArrayEquals(new double[] {mu * v1[0], mu * v1[1]}, v.momentum(), 1e-15);
        assertArrayEquals(new double[] {lr * 0.99, lr * 6.4}, v.gradientStep(), 1e-15);
        double[] sum = {v.momentum()[0] + v.gradientStep()[0], v.momentum()[1] + v.gradientStep()[1]};
        assertArrayEquals(sum, v.step(), 1e-15);
        assertNull(v.lookAhead());
    }

    @Test
    void nagTakesItsGradientAtTheLookAheadPoint() {
        double lr = 0.05;
        double mu = 0.9;
        StepVectors v = StepVectors.of(run(OptimizerKind.NAG,
                OptimizerKind.NAG.defaults().with("lr", lr).with("momentum", mu), 2));
        // Step 1 as for momentum (v₀ = 0): θ₁ = (−4.95, −1.6), v₁ = (0.05, 0.4); look-ahead θ₁ + μv₁.
        double ax = -4.95 + mu * 0.05;
        double ay = -1.6 + mu * 0.4;
        assertEquals(ax, v.lookAhead().x(), 1e-15);
        assertEquals(ay, v.lookAhead().y(), 1e-15);
        assertEquals(v.lookAhead(), v.gradientOrigin());
        assertArrayEquals(new double[] {0.2 * ax, 4 * ay}, v.gradient(), 1e-15);
        double[] sum = {v.momentum()[0] + v.gradientStep()[0], v.momentum()[1] + v.gradientStep()[1]};
        assertArrayEquals(sum, v.step(), 1e-15);
    }

    @Test
    void adamShowsItsCorrectedFirstMomentAndStepSizePerAxis() {
        double lr = 0.1;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        StepVectors v = StepVectors.of(run(OptimizerKind.ADAM, OptimizerKind.ADAM.defaults().with("lr", lr), 2));
        // By hand: two Adam steps from (−5, −2).
        double x = -5;
        double y = -2;
        double mx = 0;
        double my = 0;
        double sx = 0;
        double sy = 0;
        double ex = 0;
        double ey = 0;
        double mhx = 0;
        double mhy = 0;
        for (int t = 1; t <= 2; t++) {
            double gx = 0.2 * x;
            double gy = 4 * y;
            mx = b1 * mx + (1 - b1) * gx;
            my = b1 * my + (1 - b1) * gy;
            sx = b2 * sx + (1 - b2) * gx * gx;
            sy = b2 * sy + (1 - b2) * gy * gy;
            mhx = mx / (1 - Math.pow(b1, t));
            mhy = my / (1 - Math.pow(b1, t));
            ex = lr / (Math.sqrt(sx / (1 - Math.pow(b2, t))) + eps);
            ey = lr / (Math.sqrt(sy / (1 - Math.pow(b2, t))) + eps);
            x -= ex * mhx;
            y -= ey * mhy;
        }
        assertArrayEquals(new double[] {-lr * mhx, -lr * mhy}, v.momentum(), 1e-12);
        assertArrayEquals(new double[] {ex, ey}, v.effectiveStep(), 1e-12);
        assertEquals(x, v.to().x(), 1e-12);
        assertEquals(y, v.to().y(), 1e-12);
    }
}
