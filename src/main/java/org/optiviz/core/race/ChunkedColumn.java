package org.optiviz.core.race;

import java.util.Arrays;

/**
 * A column that only grows at its end, kept in chunks of {@value #CHUNK} values. Growing never copies what is
 * there (one array doubling to a million values copies two million on the way and leaves each old array as
 * garbage), no array is large enough for the heap to treat it specially, and a long column gives its memory back
 * a chunk at a time. A short column starts small: its first chunk doubles up to full size.
 *
 * <p>Values once written never change. {@link #frozen} hands out the values written so far as a column of their
 * own: it shares the chunks (no copy) and may be read on any thread it is handed to while this one grows.
 */
public final class ChunkedColumn implements Column {
    static final int SHIFT = 13;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST_CAPACITY = 64;
    private double[][] chunks = new double[4][];
    private int size;
    /** Shared with every frozen view, so caches keyed by it serve the column and its views alike. */
    private final Object identity = new Object();

    public ChunkedColumn() {
        chunks[0] = new double[FIRST_CAPACITY];
    }

    /** Appends one value. */
    public void add(double value) {
        int c = size >>> SHIFT;
        int i = size & MASK;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        double[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new double[CHUNK];
            chunks[c] = chunk;
        } else if (i == chunk.length) {
            chunk = Arrays.copyOf(chunk, Math.min(CHUNK, chunk.length * 4));
            chunks[c] = chunk;
        }
        chunk[i] = value;
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many values the chunks hold room for: at most one chunk more than are written. */
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
        // The chunk array is cloned: growth may replace a slot (the first chunk grows by copying), never a value.
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

    private static double get(double[][] chunks, int size, int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException("value " + i + " of a column of " + size);
        }
        return chunks[i >>> SHIFT][i & MASK];
    }

    private static double[] copy(double[][] chunks, int size, int from, int to) {
        if (from < 0 || from > to || to > size) {
            throw new IndexOutOfBoundsException("values " + from + ".." + to + " of a column of " + size);
        }
        double[] out = new double[to - from];
        int at = from;
        while (at < to) {
            int inChunk = at & MASK;
            int n = Math.min(to - at, CHUNK - inChunk);
            System.arraycopy(chunks[at >>> SHIFT], inChunk, out, at - from, n);
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
