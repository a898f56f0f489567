package org.optiviz.core.race;

import org.optiviz.core.optim.Objective;

/**
 * The recorded points of one run: x, y, loss and the optimizer's internals per step, step 0 being the start.
 *
 * <p>Each column is a {@link ChunkedColumn}: recording a step writes a few doubles and allocates only a fresh chunk
 * now and then, never a copy of what is recorded. A long run's losses take a tenth of a column ({@link LossColumn}).
 * {@link #clear} starts new columns and drops the old ones, so memory goes back with the race, and whoever still
 * holds an old column (a picture being exported) reads it unchanged.
 */
public final class Trajectory {
    private final int internalCount;
    private ChunkedColumn xs;
    private ChunkedColumn ys;
    private LossColumn losses;
    private ChunkedColumn internals;

    /** @param internalCount how many internals each step keeps; 0 keeps the path alone */
    public Trajectory(int internalCount) {
        this.internalCount = internalCount;
        clear(null);
    }

    /**
     * Forgets every point: the columns handed out so far keep their values, and new ones are started.
     *
     * @param objective what the run is about to step on, from which a long run's older losses are worked out again
     *                  rather than kept (see {@link LossColumn}); null keeps them all
     */
    void clear(Objective objective) {
        xs = new ChunkedColumn();
        ys = new ChunkedColumn();
        losses = new LossColumn(objective, xs, ys);
        internals = internalCount == 0 ? null : new ChunkedColumn();
    }

    /**
     * Says how many points this trajectory will most likely hold (a run at step limit L has L + 1), so that the last
     * chunk of each column is no longer than that; holds until the next {@link #clear}.
     */
    public void limitTo(long points) {
        xs.expect(points);
        ys.expect(points);
        losses.expect(points);
        if (internals != null) {
            internals.expect(points * internalCount);
        }
    }

    /** Appends one point; internals are read from the run after its step (NaN for the start point). */
    void add(double x, double y, double loss, Run source) {
        xs.add(x);
        ys.add(y);
        losses.add(loss);
        for (int k = 0; k < internalCount; k++) {
            internals.add(source == null ? Double.NaN : source.internal(k));
        }
    }

    /** Number of recorded points; the last step is size() − 1. */
    public int size() {
        return xs.size();
    }

    public double x(int step) {
        return xs.get(check(step));
    }

    public double y(int step) {
        return ys.get(check(step));
    }

    public double loss(int step) {
        return losses.get(check(step));
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
        return internals.get(check(step) * internalCount + k);
    }

    /**
     * The x of every point recorded so far, for code that walks every point: a view that shares the recorded
     * values (no copy) and keeps to the points it was given, so it may be handed to another thread.
     */
    public Column xs() {
        return xs.frozen();
    }

    /** As {@link #xs()}, for y. */
    public Column ys() {
        return ys.frozen();
    }

    /**
     * As {@link #xs()}, for the loss. A long run's older losses are worked out again when read (bit for bit as
     * recorded), and the column answers for whole stretches at once ({@link LossStretches}), as the chart needs.
     */
    public Column losses() {
        return losses.frozen();
    }

    /** How many doubles the losses take (see {@link LossColumn}): for tests of memory per step. */
    long lossesHeld() {
        return losses.heldValues();
    }

    private int check(int step) {
        if (step < 0 || step >= xs.size()) {
            throw new IndexOutOfBoundsException("step " + step + " not recorded; have 0.." + (xs.size() - 1));
        }
        return step;
    }
}
