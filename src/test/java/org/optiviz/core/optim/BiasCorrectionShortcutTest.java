package org.optiviz.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bias-correction shortcuts change no bit: once βᵗ is below half the spacing of doubles under 1, 1 − βᵗ is
 * exactly 1, so skipping the division (Adam) or the power (AdaSmooth) gives the formula's own result.
 */
class BiasCorrectionShortcutTest {
    @Test
    void inverseCorrectionEqualsTheFormulaEverywhere() {
        SplittableRandom random = new SplittableRandom(1);
        double[] edges = {0, Double.MIN_VALUE, 0x1p-60, Math.nextDown(0x1p-54), 0x1p-54, Math.nextUp(0x1p-54),
            0x1p-53, 1e-10, 0.5, 0.999};
        for (double x : edges) {
            assertEquals(1 / (1 - x), AdamMoments.inverseCorrection(x), 0, "βᵗ = " + x);
        }
        for (int i = 0; i < 100_000; i++) {
            double x = Math.scalb(random.nextDouble(), -random.nextInt(80));
            assertEquals(1 / (1 - x), AdamMoments.inverseCorrection(x), 0, "βᵗ = " + x);
        }
    }

    @Test
    void adasmoothsSkippedPowerWouldHaveRoundedAway() {
        // AdaSmooth skips β₁,ₜᵗ once boundᵗ < 2⁻⁵⁵ with β₁,ₜ ≤ bound.
        double[] bounds = {0.5, 0.9, 0.9495, 0.99, 0.999, 0.9999};
        for (double bound : bounds) {
            long firstSkipped = (long) Math.floor(-55 * Math.log(2) / Math.log(bound)) + 1;
            for (long t = firstSkipped; t < firstSkipped + 2_000; t++) {
                for (double beta : new double[] {bound, bound * 0.999, 0.1}) {
                    assertEquals(1.0, 1 - Math.pow(beta, t), 0, "β = " + beta + ", t = " + t);
                }
            }
        }
    }
}
