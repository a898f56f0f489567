package org.optiviz.core.race;

import java.util.Arrays;

/**
 * The recorded points of one run: x, y, loss and the optimizer's internals per step, step 0 being the start.
 *
 * <p>Columns are plain growable arrays (amortised doubling), so recording a step copies a few doubles and
 * allocates only when capacity runs out.
 */
public final class Trajectory {
    private final int internalCount;
    private double[] xs;
    private double[] ys;
    private double[] losses;
    private double[] internals;
    private int size;

    public Trajectory(int internalCount) {
        this.internalCount = internalCount;
        int capacity = 256;
        xs = new double[capacity];
        ys = new double[capacity];
        losses = new double[capacity];
        internals = new double[capacity * internalCount];
    }

    public void clear() {
        size = 0;
    }

    /** Appends one point; internals are read from the run after its step (NaN for the start point). */
    void add(double x, double y, double loss, Run source) {
        if (size == xs.length) {
            int capacity = size * 2;
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

    /** Drops every point after the given step. */
    void truncate(int lastStep) {
        size = Math.min(size, lastStep + 1);
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

    /** Internal k after the given step; NaN at step 0. */
    public double internal(int step, int k) {
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
