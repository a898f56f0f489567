package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A chunked column reads back what was written, grows without copying, holds little more than its values when told
 * how many to expect, and its frozen views stay fixed.
 */
class ChunkedColumnTest {
    private static double value(int i) {
        return Math.sin(i) * 1e3 + i;
    }

    private static ChunkedColumn filled(int n) {
        ChunkedColumn column = new ChunkedColumn();
        for (int i = 0; i < n; i++) {
            column.add(value(i));
        }
        return column;
    }

    @Test
    void readsBackEveryValueAcrossChunksAndCopiesAnyStretch() {
        int n = 100_003;
        ChunkedColumn column = filled(n);
        double[] want = new double[n];
        for (int i = 0; i < n; i++) {
            want[i] = value(i);
        }
        assertEquals(n, column.size());
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(column.get(i)));
        }
        // Chunks end after 64, 192, 448, ..., 32,704 values, then every 32,768.
        int[][] stretches = {{0, n}, {0, 0}, {5, 64}, {63, 65}, {60, 500}, {191, 192}, {32_700, 32_710},
            {1000, 70_000}, {n - 1, n}};
        for (int[] s : stretches) {
            assertArrayEquals(Arrays.copyOfRange(want, s[0], s[1]), column.copy(s[0], s[1]), s[0] + ".." + s[1]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> column.get(n));
        assertThrows(IndexOutOfBoundsException.class, () -> column.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> column.copy(0, n + 1));
    }

    @Test
    void toldWhatToExpectAColumnHoldsLittleMoreThanItsValues() {
        for (int n : new int[] {1, 64, 65, 600_000, 1_000_001}) {
            ChunkedColumn column = new ChunkedColumn();
            column.expect(n);
            for (int i = 0; i < n; i++) {
                column.add(i);
            }
            assertTrue(column.capacity() - n < ChunkedColumn.FIRST, n + " values in room for " + column.capacity());
        }
        ChunkedColumn few = new ChunkedColumn();
        few.add(1);
        assertTrue(few.capacity() <= ChunkedColumn.FIRST, "a short run's column starts small: " + few.capacity());
    }

    @Test
    void moreValuesThanExpectedStillFitAndReadBack() {
        ChunkedColumn column = new ChunkedColumn();
        column.expect(1000);
        for (int i = 0; i < 1000; i++) {
            column.add(value(i));
        }
        Column before = column.frozen();
        for (int i = 1000; i < 5000; i++) {
            column.add(value(i)); // the chunk cut short at 1000 is regrown
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(value(i), column.get(i));
        }
        assertEquals(1000, before.size());
        assertEquals(value(999), before.get(999));
        assertTrue(column.capacity() < 2 * 5000 + ChunkedColumn.FIRST, "room for " + column.capacity());
    }

    @Test
    void expectingTooFewValuesNeverMeansACopyPerValue() {
        ChunkedColumn column = new ChunkedColumn();
        column.expect(10);
        int chunkReplacements = 0;
        long room = column.capacity();
        for (int i = 0; i < 30_000; i++) {
            column.add(i);
            if (column.capacity() != room) {
                chunkReplacements++;
                room = column.capacity();
            }
        }
        assertEquals(29_999.0, column.get(29_999));
        assertTrue(chunkReplacements < 40, chunkReplacements + " times the room changed for 30,000 values");
    }

    @Test
    void aFrozenViewKeepsItsValuesWhileTheColumnGrows() {
        ChunkedColumn column = filled(100);
        Column frozen = column.frozen();
        for (int i = 100; i < 20_000; i++) {
            column.add(value(i));
        }
        assertEquals(100, frozen.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(value(i), frozen.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.get(100));
        assertSame(column.identity(), frozen.identity(), "a view is known as its column");
    }

    @Test
    void aSliceReadsItsStretchInPlace() {
        ChunkedColumn column = filled(1000);
        Column slice = column.frozen().slice(440, 470); // across the end of the third chunk
        assertEquals(30, slice.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(value(440 + i), slice.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> slice.get(30));
        assertThrows(IndexOutOfBoundsException.class, () -> column.slice(0, 1001));
    }
}
