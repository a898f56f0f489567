package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void niceTicksCoverTheRange() {
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, Ticks.ticks(-2.3, 2.5, 5), 1e-12);
        assertArrayEquals(new double[] {-4, -2, 0, 2, 4}, Ticks.ticks(-4.5, 4.5, 5), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 1.5}, Ticks.ticks(0.4, 1.6, 3), 1e-12);
    }

    @Test
    void labelsUseTheStepsDecimalsAndATrueMinus() {
        assertEquals("−1.5", Ticks.format(-1.5, 0.5));
        assertEquals("0", Ticks.format(-0.0, 0.5));
        assertEquals("2", Ticks.format(2, 1));
        assertEquals("0.25", Ticks.format(0.25, 0.05));
        assertEquals("2e5", Ticks.format(200000, 100000));
    }
}
