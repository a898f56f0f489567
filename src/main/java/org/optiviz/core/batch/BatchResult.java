package org.optiviz.core.batch;

import org.optiviz.core.race.RunStatus;

/**
 * Where each run of a batch ended: its last recorded point and loss (for a diverged run, its last finite one, as a
 * race keeps it), its status after its last step, the steps it took and kept, and the step after which it had settled
 * (−1 when it had not).
 */
public final class BatchResult {
    private final double[] x;
    private final double[] y;
    private final double[] loss;
    private final RunStatus[] status;
    private final int[] steps;
    private final int[] settledAt;

    BatchResult(double[] x, double[] y, double[] loss, RunStatus[] status, int[] steps, int[] settledAt) {
        this.x = x;
        this.y = y;
        this.loss = loss;
        this.status = status;
        this.steps = steps;
        this.settledAt = settledAt;
    }

    public int size() {
        return x.length;
    }

    public double x(int run) {
        return x[run];
    }

    public double y(int run) {
        return y[run];
    }

    public double loss(int run) {
        return loss[run];
    }

    public RunStatus status(int run) {
        return status[run];
    }

    /** Steps taken and kept ({@link org.optiviz.core.race.Run#step()}). */
    public int steps(int run) {
        return steps[run];
    }

    /**
     * The number of steps after which no step moved the run by more than the job's settle tolerance, or −1 when its
     * last step still did, or it diverged.
     */
    public int settledAt(int run) {
        return settledAt[run];
    }
}
