package org.optiviz.core.race;

import java.util.Arrays;

/**
 * The recorded points of one run: x, y, loss and the optimizer's internals per step, step 0 being the start.
 *
 * <p>Columns are plain growable arrays (amortised doubling), so recording a step copies a few doubles and
 * allocates only when capacity runs out. Growth never passes the race's step limit (see {@link #limitTo}), so a
 * finished long run holds exactly its points, and {@link #clear} gives the arrays back.
 */
public final class Trajectory {
    private static final int INITIAL_CAPACITY = 256;
    private final int internalCount;
    private int maxPoints = Integer.MAX_VALUE;
    private double[] xs;
    private double[] ys;
    private double[] losses;
    private double[] internals;
    private int size;

    /** @param internalCount how many internals each step keeps; 0 keeps the path alone */
    public Trajectory(int internalCount) {
        this.internalCount = internalCount;
        allocate(INITIAL_CAPACITY);
    }

    /**
     * Forgets every point and gives long arrays back to the heap. A long array is never refilled from step 0: the
     * loss chart keeps summaries of long loss arrays by identity and relies on their values never changing.
     */
    public void clear() {
        size = 0;
        if (xs.length > INITIAL_CAPACITY) {
            allocate(INITIAL_CAPACITY);
        }
    }

    /** Caps growth at this many points (a run at step limit L has at most L + 1). */
    public void limitTo(long points) {
        maxPoints = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1, points));
    }

    private void allocate(int capacity) {
        xs = new double[capacity];
        ys = new double[capacity];
        losses = new double[capacity];
        internals = new double[capacity * internalCount];
    }

    /** Appends one point; internals are read from the run after its step (NaN for the start point). */
    void add(double x, double y, double loss, Run source) {
        if (size == xs.length) {
            // Doubling, but straight to the limit once that is within two doublings: the last copies of a long
            // run are the big ones, and each leaves its old arrays as garbage the heap must make room for.
            long doubled = size * 2L;
            int capacity = (int) Math.max(size + 1L, doubled * 2 >= maxPoints ? maxPoints : doubled);
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            losses = Arrays.copyOf(losses, capacity);
            internals = Arrays.copyOf(internals, capacity * internalCount);
        }
        xs[size] = x;
        ys[size] = y;
        losses[size] = loss;
        int at = size * internalCount;
        for (int k = 0; k < internalCount; k++) {
            internals[at + k] = source == null ? Double.NaN : source.internal(k);
        }
        size++;
    }

    /** Number of recorded points; the last step is size() − 1. */
    public int size() {
        return size;
    }

    public double x(int step) {
        return xs[check(step)];
    }

    public double y(int step) {
        return ys[check(step)];
    }

    public double loss(int step) {
        return losses[check(step)];
    }

    public int internalCount() {
        return internalCount;
    }

    /** Internal k after the given step; NaN at step 0. Only a trajectory recording internals has them. */
    public double internal(int step, int k) {
        if (k < 0 || k >= internalCount) {
            throw new IllegalStateException("internal " + k + " not recorded; this trajectory keeps "
                    + internalCount);
        }
        return internals[check(step) * internalCount + k];
    }

    /** Direct read access for renderers that walk every point; only the first size() entries are valid. */
    public double[] xArray() {
        return xs;
    }

    public double[] yArray() {
        return ys;
    }

    public double[] lossArray() {
        return losses;
    }

    private int check(int step) {
        if (step < 0 || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " not recorded; have 0.." + (size - 1));
        }
        return step;
    }
}
