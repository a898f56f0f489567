package org.optiviz.core.race;

import java.util.Arrays;

/**
 * A read-only run of doubles: one column of a run's recorded steps, or a plain array. Drawing code reads paths and
 * losses through this, so a long run's points can live in chunks (see {@link ChunkedColumn}) rather than one array
 * that must be copied whole every time it grows.
 */
public interface Column {
    /** How many values can be read: indices 0 .. size() − 1. */
    int size();

    /** Value i, for 0 ≤ i &lt; size(). */
    double get(int i);

    /**
     * What stays the same for this column's values however it is viewed: a column and the frozen views of its
     * first values share one, so a summary of its values kept under this key serves them all.
     */
    default Object identity() {
        return this;
    }

    /** Values from (inclusive) to to (exclusive), copied into a new array. */
    default double[] copy(int from, int to) {
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = get(i);
        }
        return out;
    }

    /** Values from (inclusive) to to (exclusive) as a column of their own, read in place: nothing is copied. */
    default Column slice(int from, int to) {
        if (from < 0 || from > to || to > size()) {
            throw new IndexOutOfBoundsException("values " + from + ".." + to + " of a column of " + size());
        }
        Column whole = this;
        return new Column() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public double get(int i) {
                if (i < 0 || i >= to - from) {
                    throw new IndexOutOfBoundsException("value " + i + " of a column of " + (to - from));
                }
                return whole.get(from + i);
            }
        };
    }

    /** The first {@code count} values of an array, without a copy: the array must not change while read. */
    static Column of(double[] values, int count) {
        if (count < 0 || count > values.length) {
            throw new IllegalArgumentException("a column of " + count + " values needs an array that long");
        }
        return new ArrayColumn(values, count);
    }

    /** All of an array, without a copy. */
    static Column of(double... values) {
        return of(values, values.length);
    }

    /** A column over an array. */
    final class ArrayColumn implements Column {
        private final double[] values;
        private final int size;

        private ArrayColumn(double[] values, int size) {
            this.values = values;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public double get(int i) {
            if (i >= size) {
                throw new IndexOutOfBoundsException("value " + i + " of a column of " + size);
            }
            return values[i];
        }

        /** The array: views of one array share what is kept of its values. */
        @Override
        public Object identity() {
            return values;
        }

        @Override
        public double[] copy(int from, int to) {
            if (to > size) {
                throw new IndexOutOfBoundsException("values up to " + to + " of a column of " + size);
            }
            return Arrays.copyOfRange(values, from, to);
        }
    }
}
