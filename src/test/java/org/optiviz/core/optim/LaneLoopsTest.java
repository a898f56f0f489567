package org.optiviz.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The branch-free sign of the batch loops is Math.signum bit for bit, zeros and subnormals included; of a NaN it is a
 * NaN (its payload may differ, and a run that meets a NaN diverges and keeps its last finite point).
 */
class LaneLoopsTest {
    @Test
    void signIsMathSignumBitForBit() {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, -3.5};
        for (double v : special) {
            assertSameSign(v);
        }
        Random rng = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            assertSameSign(Double.longBitsToDouble(rng.nextLong()));
        }
    }

    private static void assertSameSign(double v) {
        if (Double.isNaN(v)) {
            assertEquals(true, Double.isNaN(LaneLoops.sign(v)), "sign of NaN");
        } else {
            assertEquals(Double.doubleToRawLongBits(Math.signum(v)), Double.doubleToRawLongBits(LaneLoops.sign(v)),
                    "sign of " + v);
        }
    }
}
