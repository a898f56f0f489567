package org.optiviz.plot.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optiviz.core.race.Column;
import org.optiviz.core.surface.Surfaces;

/** Which steps a chart samples a costly loss at, and what a sampled series is. */
class FullLossSamplesTest {
    @Test
    void theStrideIsAPowerOfTwoLeavingAtMostOneSamplePerColumn() {
        for (long last : new long[] {1, 63, 64, 65, 500, 2000, 123_457, 1_000_000}) {
            int stride = FullLossSamples.stride(last, 300, 50);
            assertEquals(1, Integer.bitCount(stride), "power of two at " + last);
            assertTrue(last / stride <= 300, "at most one sample per column at " + last);
            assertTrue(stride == 1 || last / (stride / 2) > 300, "the smallest such stride at " + last);
        }
    }

    @Test
    void aMillionRowsGetFewerSamplesThanColumnsButNeverTooFew() {
        // 10⁸ rows of work per run: a hundred samples of a million rows, however wide the chart.
        assertEquals(16, FullLossSamples.stride(1600, 1000, 1_000_000));
        assertEquals(32, FullLossSamples.stride(2000, 1000, 10_000_000)); // at least 64 samples
    }

    @Test
    void aGrowingRaceKeepsItsSamplesWhenTheStrideDoubles() {
        int[] before = FullLossSamples.steps(1001, 4);
        int[] after = FullLossSamples.steps(1601, 8);
        Set<Integer> kept = new HashSet<>();
        for (int s : after) {
            kept.add(s);
        }
        for (int s : before) {
            if (s % 8 == 0) {
                assertTrue(kept.contains(s), "step " + s);
            }
        }
    }

    @Test
    void theStepsAreTheMultiplesOfTheStrideAndTheLastStep() {
        assertArrayEquals(new int[] {0, 4, 8, 10}, FullLossSamples.steps(11, 4));
        assertArrayEquals(new int[] {0, 4, 8}, FullLossSamples.steps(9, 4));
        assertArrayEquals(new int[] {0}, FullLossSamples.steps(1, 4));
        assertArrayEquals(new int[0], FullLossSamples.steps(0, 4));
    }

    @Test
    void theLastStepComesFirstThenTheCoarsestSamples() {
        assertEquals(FullLossSamples.LAST_STEP_PRIORITY, FullLossSamples.priority(10, 2, 10));
        assertTrue(FullLossSamples.priority(8, 2, 10) > FullLossSamples.priority(4, 2, 10));
        assertTrue(FullLossSamples.priority(4, 2, 10) > FullLossSamples.priority(6, 2, 10));
    }

    @Test
    void aSampledSeriesHoldsTheLossAtItsStepsAndIsCutByStep() {
        var surface = Surfaces.all().get(0);
        double[] xs = new double[11];
        double[] ys = new double[11];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 0.3 * i;
            ys[i] = -0.1 * i;
        }
        LossSeries s = FullLossSamples.sampled("k", "K", 0xFF000000, surface, Column.of(xs), Column.of(ys), 11, 4);
        assertEquals(4, s.count());
        assertEquals(10, s.lastStep());
        for (int i = 0; i < s.count(); i++) {
            assertEquals(surface.value(xs[s.stepAt(i)], ys[s.stepAt(i)]), s.losses().get(i), 0);
        }
        assertEquals(3, s.upTo(10).count()); // steps 0, 4, 8
        assertEquals(8, s.upTo(10).lastStep());
    }
}
