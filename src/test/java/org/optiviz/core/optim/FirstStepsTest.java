package org.optiviz.core.optim;

import org.optiviz.testkit.ReferenceVectors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

/**
 * First steps of each optimizer on the ellipsoid f = 0.1x² + 2y² from (1, 1), where g = (0.2x, 4y), worked out by
 * hand from the update rules (the arithmetic is written out, not computed by the code under test).
 */
class FirstStepsTest {
    private static final double TOLERANCE = 1e-14;

    private static Run run(OptimizerKind kind, int steps, String... settings) {
        Hyperparams params = ReferenceVectors.params(kind, settings);
        Race race = new Race(Surfaces.byKey("ellipsoid"), new Point(1, 1), 0, 0, true);
        Run run = race.add(kind, params);
        race.step(steps, steps);
        return run;
    }

    private static void assertPoint(double x, double y, Run run, int step) {
        assertEquals(x, run.trajectory().x(step), TOLERANCE, run.kind().key() + " x at step " + step);
        assertEquals(y, run.trajectory().y(step), TOLERANCE, run.kind().key() + " y at step " + step);
    }

    @Test
    void sgd() {
        Run run = run(OptimizerKind.SGD, 2, "lr=0.1");
        assertPoint(0.98, 0.6, run, 1);
        assertPoint(0.98 - 0.1 * 0.196, 0.6 - 0.1 * 2.4, run, 2);
    }

    @Test
    void momentumCarriesVelocity() {
        Run run = run(OptimizerKind.MOMENTUM, 2, "lr=0.1", "momentum=0.9");
        assertPoint(0.98, 0.6, run, 1);
        // v₂ = 0.9·(−0.02, −0.4) − 0.1·(0.196, 2.4) = (−0.0376, −0.6)
        assertPoint(0.9424, 0.0, run, 2);
    }

    @Test
    void nagLooksAhead() {
        Run run = run(OptimizerKind.NAG, 2, "lr=0.1", "momentum=0.9");
        assertPoint(0.98, 0.6, run, 1);
        // look-ahead (0.962, 0.24), gradient there (0.1924, 0.96), v₂ = (−0.03724, −0.456)
        assertPoint(0.94276, 0.144, run, 2);
    }

    @Test
    void adagradDividesByRootOfSummedSquares() {
        Run run = run(OptimizerKind.ADAGRAD, 1, "lr=0.1");
        assertPoint(1 - 0.1 * 0.2 / (1e-7 + 0.2), 1 - 0.1 * 4 / (1e-7 + 4), run, 1);
    }

    @Test
    void rmspropUsesRunningMeanOfSquares() {
        Run run = run(OptimizerKind.RMSPROP, 1, "lr=0.1");
        assertPoint(1 - 0.1 * 0.2 / Math.sqrt(1e-6 + 0.004), 1 - 0.1 * 4 / Math.sqrt(1e-6 + 1.6), run, 1);
    }

    @Test
    void adadeltaStartsWithRootEpsOverRms() {
        Run run = run(OptimizerKind.ADADELTA, 1);
        assertPoint(1 - Math.sqrt(1e-6) / Math.sqrt(1e-6 + 0.004) * 0.2,
                1 - Math.sqrt(1e-6) / Math.sqrt(1e-6 + 1.6) * 4, run, 1);
    }

    @Test
    void adamFirstStepIsLrTimesSign() {
        Run run = run(OptimizerKind.ADAM, 1, "lr=0.1");
        assertPoint(1 - 0.1 * 0.2 / (0.2 + 1e-8), 1 - 0.1 * 4 / (4 + 1e-8), run, 1);
    }

    @Test
    void adamL2FoldsDecayIntoTheGradient() {
        Run run = run(OptimizerKind.ADAM, 1, "lr=0.1", "weight_decay=0.5");
        // g + 0.5·θ = (0.7, 4.5)
        assertPoint(1 - 0.1 * 0.7 / (0.7 + 1e-8), 1 - 0.1 * 4.5 / (4.5 + 1e-8), run, 1);
    }

    @Test
    void adamwDecaysThePointApartFromTheGradient() {
        Run run = run(OptimizerKind.ADAMW, 1, "lr=0.1", "weight_decay=0.5");
        assertPoint(0.95 - 0.1 * 0.2 / (0.2 + 1e-8), 0.95 - 0.1 * 4 / (4 + 1e-8), run, 1);
    }

    @Test
    void adasmoothBeta1FollowsGradientChange() {
        Run run = run(OptimizerKind.ADASMOOTH, 2, "lr=0.1");
        double x1 = 1 - 0.1 * 0.2 / (0.2 + 1e-8);
        double y1 = 1 - 0.1 * 4 / (4 + 1e-8);
        assertPoint(x1, y1, run, 1);
        assertEquals(0.9 + 0.099 * 0.5, run.trajectory().internal(1, 0), TOLERANCE, "β₁,₁ with Δ₁ = 0");
        double gx1 = 0.2;
        double gy1 = 4;
        double gx2 = 0.2 * x1;
        double gy2 = 4 * y1;
        double change = (gx2 - gx1) * (gx2 - gx1) + (gy2 - gy1) * (gy2 - gy1);
        double v = 0.1 * change;
        double beta1 = 0.9 + 0.099 / (1 + Math.exp(v));
        assertEquals(beta1, run.trajectory().internal(2, 0), TOLERANCE, "β₁,₂");
        double beta1First = 0.9495;
        double mx = beta1 * ((1 - beta1First) * gx1) + (1 - beta1) * gx2;
        double my = beta1 * ((1 - beta1First) * gy1) + (1 - beta1) * gy2;
        double sx = 0.999 * (0.001 * gx1 * gx1) + 0.001 * gx2 * gx2;
        double sy = 0.999 * (0.001 * gy1 * gy1) + 0.001 * gy2 * gy2;
        double c1 = 1 - beta1 * beta1;
        double c2 = 1 - 0.999 * 0.999;
        assertPoint(x1 - 0.1 * (mx / c1) / (Math.sqrt(sx / c2) + 1e-8),
                y1 - 0.1 * (my / c1) / (Math.sqrt(sy / c2) + 1e-8), run, 2);
    }

    @Test
    void eveScalesTheStepByLossFeedback() {
        Run run = run(OptimizerKind.EVE, 2, "lr=0.1");
        // r₁ = 1, d₁ = 1, v₁ = 0: α₁ = 0.1·σ(0) = 0.05
        assertPoint(0.99, 0.8, run, 1);
        assertEquals(0.05, run.trajectory().internal(1, 0), TOLERANCE);
        double r = 2.1 / (0.1 * 0.99 * 0.99 + 2 * 0.8 * 0.8);
        double d = 0.9 + 0.1 * r;
        double v = 0.01 * (r - d) * (r - d);
        double alpha = 0.1 / (1 + Math.exp(-(d - 1) / Math.sqrt(v + 1e-8)));
        assertEquals(alpha, run.trajectory().internal(2, 0), TOLERANCE, "α₂");
        assertEquals(d, run.trajectory().internal(2, 1), TOLERANCE, "d₂");
        assertPoint(0.99 - alpha * 0.198, 0.8 - alpha * 3.2, run, 2);
    }

    @Test
    void eveWithAdamBaseTakesAnAdamStepOfSizeAlpha() {
        Run run = run(OptimizerKind.EVE, 1, "lr=0.1", "base=adam");
        assertPoint(1 - 0.05 * 0.2 / (0.2 + 1e-8), 1 - 0.05 * 4 / (4 + 1e-8), run, 1);
    }
}
