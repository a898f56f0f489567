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
 * First steps of the optimizers added with the catalogue, of the learning-rate schedules and of AdaSmooth's β₁
 * maps, on the ellipsoid f = 0.1x² + 2y² from (1, 1), where g = (0.2x, 4y): worked out by hand from the rules.
 */
class CatalogueFirstStepsTest {
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

    private static double internal(Run run, int step, String name) {
        return run.trajectory().internal(step, run.kind().internals().indexOf(name));
    }

    @Test
    void adamaxDividesByTheRunningMaximumOfAbsoluteGradients() {
        Run run = run(OptimizerKind.ADAMAX, 1, "lr=0.1");
        // m = 0.1g, u = |g| + eps, lr/(1 − β₁) = 1: the step is m/u
        assertPoint(1 - 0.02 / (0.2 + 1e-8), 1 - 0.4 / (4 + 1e-8), run, 1);
    }

    @Test
    void nadamMixesTheGradientAndTheMomentumWithScheduledWeights() {
        Run run = run(OptimizerKind.NADAM, 1, "lr=0.1");
        double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004));
        double mu2 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.008));
        // s/(1 − β₂) = g², so d = |g| + eps; m = 0.1g; Π₁ = μ₁
        double gradientWeight = 0.1 * (1 - mu1) / (1 - mu1);
        double momentumWeight = 0.1 * mu2 / (1 - mu1 * mu2);
        assertPoint(1 - gradientWeight * 0.2 / (0.2 + 1e-8) - momentumWeight * 0.02 / (0.2 + 1e-8),
                1 - gradientWeight * 4 / (4 + 1e-8) - momentumWeight * 0.4 / (4 + 1e-8), run, 1);
        assertEquals(mu1, internal(run, 1, "mu_t"), TOLERANCE);
    }

    @Test
    void radamTakesMomentumSgdStepsUntilRhoPassesFive() {
        Run run = run(OptimizerKind.RADAM, 1, "lr=0.1");
        // ρ∞ = 1999, ρ₁ = 1999 − 2·0.999/0.001 = 1: not rectified, θ ← θ − lr·m̂ with m̂ = g
        assertPoint(1 - 0.1 * 0.2, 1 - 0.1 * 4, run, 1);
        assertEquals(1, internal(run, 1, "rho_t"), 1e-9);
    }

    @Test
    void amsgradFirstStepIsAdamsFirstStep() {
        Run run = run(OptimizerKind.AMSGRAD, 1, "lr=0.1");
        // smax = s = 0.001g²: √smax/√(1 − β₂) = |g|
        assertPoint(1 - 0.1 * 0.2 / (0.2 + 1e-8), 1 - 0.1 * 4 / (4 + 1e-8), run, 1);
    }

    @Test
    void lionMovesEveryCoordinateByExactlyLr() {
        Run run = run(OptimizerKind.LION, 2, "lr=0.1");
        assertPoint(0.9, 0.9, run, 1);
        // m = 0.01·g₁ = (0.002, 0.04); c = 0.9m + 0.1·g₂ with g₂ = (0.18, 3.6): positive, so again −lr
        assertPoint(0.8, 0.8, run, 2);
        assertEquals(0.9 * 0.002 + 0.1 * 0.18, internal(run, 2, "c_x"), TOLERANCE);
    }

    @Test
    void lionDecaysThePointAsWell() {
        Run run = run(OptimizerKind.LION, 1, "lr=0.1", "weight_decay=0.5");
        assertPoint(1 - 0.1 * (1 + 0.5), 1 - 0.1 * (1 + 0.5), run, 1);
    }

    @Test
    void adabeliefDividesByTheSpreadAroundTheMean() {
        Run run = run(OptimizerKind.ADABELIEF, 1, "lr=0.1");
        // m = 0.1g, s = 0.001(0.9g)² + eps; θ ← θ − lr·(m/0.1)/(√(s/0.001) + eps)
        double sx = 0.001 * (0.9 * 0.2) * (0.9 * 0.2) + 1e-16;
        double sy = 0.001 * (0.9 * 4) * (0.9 * 4) + 1e-16;
        assertPoint(1 - 0.1 * 0.2 / (Math.sqrt(sx / 0.001) + 1e-16),
                1 - 0.1 * 4 / (Math.sqrt(sy / 0.001) + 1e-16), run, 1);
    }

    @Test
    void yogiMovesTheSecondMomentBySignTimesGradientSquared() {
        Run run = run(OptimizerKind.YOGI, 1, "lr=0.1");
        // s = 0 + 0.001·sign(g² − 0)·g², so √(s/0.001) = |g|; eps = 1e-3
        assertPoint(1 - 0.1 * 0.2 / (0.2 + 1e-3), 1 - 0.1 * 4 / (4 + 1e-3), run, 1);
    }

    @Test
    void qhmAveragesGradientAndMomentumBuffer() {
        Run run = run(OptimizerKind.QHM, 1, "lr=0.1");
        // b = 0.001g; step = lr·(0.3g + 0.7·0.001g) = 0.03007g
        assertPoint(1 - 0.03007 * 0.2, 1 - 0.03007 * 4, run, 1);
        assertEquals(0.001 * 0.2, internal(run, 1, "b_x"), TOLERANCE);
    }

    @Test
    void warmupRampsTheLearningRateAndShowsItAsAnInternal() {
        Run run = run(OptimizerKind.SGD, 2, "lr=0.1", "warmup=4");
        assertEquals(0.025, internal(run, 1, "lr_t"), TOLERANCE);
        assertPoint(1 - 0.025 * 0.2, 1 - 0.025 * 4, run, 1);
        assertEquals(0.05, internal(run, 2, "lr_t"), TOLERANCE);
        assertPoint(0.995 - 0.05 * 0.199, 0.9 - 0.05 * 3.6, run, 2);
    }

    @Test
    void eachDecayFollowsItsFormula() {
        double[] step = {1, 1, 0.5, 0.5, 0.25};
        double[] exp = {1, 0.5, 0.25, 0.125, 0.0625};
        double[] cosine = {1, 0.55, 0.1, 0.1, 0.1};
        Run stepRun = run(OptimizerKind.SGD, 5, "lr=0.1", "decay=step", "decay_steps=2", "decay_rate=0.5");
        Run expRun = run(OptimizerKind.SGD, 5, "lr=0.1", "decay=exp", "decay_steps=2", "decay_rate=0.25");
        Run cosineRun = run(OptimizerKind.SGD, 5, "lr=0.1", "decay=cosine", "decay_steps=2", "decay_rate=0.1");
        for (int t = 1; t <= 5; t++) {
            assertEquals(0.1 * step[t - 1], internal(stepRun, t, "lr_t"), TOLERANCE, "step decay at " + t);
            assertEquals(0.1 * exp[t - 1], internal(expRun, t, "lr_t"), TOLERANCE, "exp decay at " + t);
            assertEquals(0.1 * cosine[t - 1], internal(cosineRun, t, "lr_t"), TOLERANCE, "cosine at " + t);
        }
    }

    @Test
    void evesAlphaUsesTheScheduledLearningRate() {
        Run run = run(OptimizerKind.EVE, 1, "lr=0.1", "warmup=2");
        // lr₁ = 0.05; α₁ = lr₁·σ(0) = 0.025
        assertEquals(0.025, internal(run, 1, "alpha_t"), TOLERANCE);
        assertPoint(1 - 0.025 * 0.2, 1 - 0.025 * 4, run, 1);
    }

    @Test
    void adasmoothsBeta1MapsSeedAndFull() {
        // Δ₁ = 0, so v = 0 and σ(−v) = ½
        assertEquals(0.9 + 0.099 * 0.5, internal(run(OptimizerKind.ADASMOOTH, 1, "lr=0.1"), 1, "beta1_t"), TOLERANCE);
        Run full = run(OptimizerKind.ADASMOOTH, 1, "lr=0.1", "beta1_map=full");
        assertEquals(0.9 + 0.099 * 2 * 0.5, internal(full, 1, "beta1_t"), TOLERANCE, "β₁max when steady");
        // m̂ = g whatever β₁, so the first step is Adam's
        assertPoint(1 - 0.1 * 0.2 / (0.2 + 1e-8), 1 - 0.1 * 4 / (4 + 1e-8), full, 1);
    }
}
