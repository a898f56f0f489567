package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A chunked column reads back what was written, grows without copying, and its frozen views stay fixed. */
class ChunkedColumnTest {
    private static double value(int i) {
        return Math.sin(i) * 1e3 + i;
    }

    @Test
    void readsBackEveryValueAcrossChunksAndCopiesAnyStretch() {
        ChunkedColumn column = new ChunkedColumn();
        int n = 3 * ChunkedColumn.CHUNK + 17;
        double[] want = new double[n];
        for (int i = 0; i < n; i++) {
            want[i] = value(i);
            column.add(want[i]);
        }
        assertEquals(n, column.size());
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(column.get(i)));
        }
        int[][] stretches = {{0, n}, {0, 0}, {5, ChunkedColumn.CHUNK}, {ChunkedColumn.CHUNK - 3, 2 * ChunkedColumn.CHUNK + 5},
            {n - 1, n}};
        for (int[] s : stretches) {
            assertArrayEquals(Arrays.copyOfRange(want, s[0], s[1]), column.copy(s[0], s[1]), s[0] + ".." + s[1]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> column.get(n));
        assertThrows(IndexOutOfBoundsException.class, () -> column.copy(0, n + 1));
    }

    @Test
    void aMillionValuesTakeNoMoreThanOneSpareChunk() {
        ChunkedColumn column = new ChunkedColumn();
        for (int i = 0; i <= 1_000_000; i++) {
            column.add(i);
        }
        long spare = column.capacity() - column.size();
        assertTrue(spare >= 0 && spare < ChunkedColumn.CHUNK, spare + " values of room unused");
        ChunkedColumn few = new ChunkedColumn();
        few.add(1);
        assertTrue(few.capacity() <= 64, "a short run's column starts small: " + few.capacity());
    }

    @Test
    void aFrozenViewKeepsItsValuesWhileTheColumnGrows() {
        ChunkedColumn column = new ChunkedColumn();
        for (int i = 0; i < 100; i++) {
            column.add(value(i));
        }
        Column frozen = column.frozen();
        for (int i = 100; i < 2 * ChunkedColumn.CHUNK; i++) {
            column.add(value(i)); // the first chunk is regrown by copying on the way
        }
        assertEquals(100, frozen.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(value(i), frozen.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> frozen.get(100));
        assertSame(column.identity(), frozen.identity(), "a view is known as its column");
    }
}
