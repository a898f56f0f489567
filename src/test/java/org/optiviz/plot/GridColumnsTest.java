package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GridColumnsTest {
    @Test
    void wideAreasGetRowsOfPlotsAndTallAreasColumns() {
        assertEquals(2, GridColumns.best(2, 2000, 500, 1), "side by side: 440 px plots instead of 190");
        assertEquals(1, GridColumns.best(2, 500, 2000, 1), "stacked: 450 px plots instead of 200");
        assertEquals(2, GridColumns.best(4, 1000, 1000, 1), "2 × 2");
        assertEquals(1, GridColumns.best(1, 300, 300, 1));
    }

    @Test
    void theViewsShapeCounts() {
        // Ten plots in 1600 × 1000: a wide view prefers fewer, wider columns than a tall one.
        int wide = GridColumns.best(10, 1600, 1000, 3);
        int tall = GridColumns.best(10, 1600, 1000, 1.0 / 3);
        assertEquals(true, wide < tall, wide + " columns for a wide view, " + tall + " for a tall one");
    }
}
