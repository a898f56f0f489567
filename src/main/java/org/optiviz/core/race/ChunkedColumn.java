package org.optiviz.core.race;

import java.util.Arrays;

/**
 * A column that only grows at its end, kept in chunks that double in size from {@value #FIRST} values up to
 * {@value #LARGEST} and then stay that size. Growing never copies what is there (one array doubling to a million
 * values copies two million on the way), a short column stays small, and no chunk is large enough (256 KB) for the
 * heap to give it whole regions of its own, which would leave up to half of each one empty.
 *
 * <p>A column that knows how many values it may get ({@link #expect}) makes its last chunk no longer than that, so a
 * run at its step limit holds little more than its points; should more come after all, that chunk is regrown once.
 *
 * <p>Values once written never change. {@link #frozen} hands out the values written so far as a column of their
 * own: it shares the chunks (no copy) and may be read on any thread it is handed to while this one grows.
 */
public final class ChunkedColumn implements Column {
    static final int FIRST = 64;
    static final int LARGEST = 1 << 15;
    private static final int FIRST_BITS = Integer.numberOfTrailingZeros(FIRST);
    private static final int LARGEST_BITS = Integer.numberOfTrailingZeros(LARGEST);
    /** Chunks that double: FIRST, 2·FIRST, ..., LARGEST / 2. */
    private static final int DOUBLING = LARGEST_BITS - FIRST_BITS;
    /** Values in the doubling chunks; from here on every chunk holds LARGEST. */
    private static final int DOUBLING_VALUES = LARGEST - FIRST;
    private double[][] chunks = new double[4][];
    private int size;
    private long expected = Long.MAX_VALUE;
    /** Shared with every frozen view, so caches keyed by it serve the column and its views alike. */
    private final Object identity = new Object();

    /** Says how many values the column will most likely hold in all, so its last chunk need be no longer. */
    public void expect(long values) {
        expected = Math.max(1, values);
    }

    /** Appends one value. */
    public void add(double value) {
        int c = chunkOf(size);
        int at = size - start(c);
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        double[] chunk = chunks[c];
        if (chunk == null || at == chunk.length) {
            // The chunk's full length, or as far as the expected end if that comes within it; once past what
            // was expected, the full length at once (a column that keeps outgrowing it is not recopied per value).
            long left = expected - (size - at);
            int wanted = left > at ? (int) Math.min(length(c), left) : length(c);
            chunk = chunk == null ? new double[wanted] : Arrays.copyOf(chunk, wanted);
            chunks[c] = chunk;
        }
        chunk[at] = value;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many values the chunks hold room for. */
    long capacity() {
        long room = 0;
        for (double[] chunk : chunks) {
            room += chunk == null ? 0 : chunk.length;
        }
        return room;
    }

    @Override
    public double get(int i) {
        return get(chunks, size, i);
    }

    /** The values written so far, as a column that stays as it is while this one grows; nothing is copied. */
    public Column frozen() {
        // The chunk array is cloned: growth may replace a slot (a chunk cut short regrows by copying), never a value.
        return new Frozen(chunks.clone(), size, identity);
    }

    @Override
    public Object identity() {
        return identity;
    }

    @Override
    public double[] copy(int from, int to) {
        return copy(chunks, size, from, to);
    }

    /** The chunk holding value i. */
    private static int chunkOf(int i) {
        if (i < DOUBLING_VALUES) {
            return Integer.numberOfTrailingZeros(Integer.highestOneBit(i + FIRST)) - FIRST_BITS;
        }
        return DOUBLING + ((i - DOUBLING_VALUES) >>> LARGEST_BITS);
    }

    /** The index of chunk c's first value. */
    private static int start(int c) {
        return c < DOUBLING ? (FIRST << c) - FIRST : DOUBLING_VALUES + ((c - DOUBLING) << LARGEST_BITS);
    }

    /** How many values chunk c holds when full. */
    private static int length(int c) {
        return c < DOUBLING ? FIRST << c : LARGEST;
    }

    private static double get(double[][] chunks, int size, int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("value " + i + " of a column of " + size);
        }
        int c = chunkOf(i);
        return chunks[c][i - start(c)];
    }

    private static double[] copy(double[][] chunks, int size, int from, int to) {
        if (from < 0 || from > to || to > size) {
            throw new IndexOutOfBoundsException("values " + from + ".." + to + " of a column of " + size);
        }
        double[] out = new double[to - from];
        int at = from;
        while (at < to) {
            int c = chunkOf(at);
            int inChunk = at - start(c);
            int n = Math.min(to - at, length(c) - inChunk);
            System.arraycopy(chunks[c], inChunk, out, at - from, n);
            at += n;
        }
        return out;
    }

    /** The first values of a column, fixed when frozen. */
    private static final class Frozen implements Column {
        private final double[][] chunks;
        private final int size;
        private final Object identity;

        Frozen(double[][] chunks, int size, Object identity) {
            this.chunks = chunks;
            this.size = size;
            this.identity = identity;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object identity() {
            return identity;
        }

        @Override
        public double get(int i) {
            return ChunkedColumn.get(chunks, size, i);
        }

        @Override
        public double[] copy(int from, int to) {
            return ChunkedColumn.copy(chunks, size, from, to);
        }
    }
}
