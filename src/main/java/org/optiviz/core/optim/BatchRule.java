package org.optiviz.core.optim;

/**
 * One optimizer's update rule for many runs at once, its state laid out as one array per quantity with one slot per
 * run, stepped by loops over a range of runs that the JIT can keep in registers and vectorise.
 *
 * <p>Each rule repeats its optimizer's arithmetic expression for expression, in the same order, so a run in a batch
 * takes exactly the same points as the same run alone; the batch tests compare them bit for bit for every optimizer.
 * A run's settings stay fixed for the whole batch, so powers βᵗ are kept as running products, as a single run with
 * unchanged settings keeps them. Threads may step disjoint ranges of runs at the same time.
 */
public abstract class BatchRule {
    protected final int n;
    protected final LaneSettings settings;
    /** Gradient of the current step, per run. */
    protected final double[] gx;
    protected final double[] gy;

    protected BatchRule(LaneSettings settings) {
        this.settings = settings;
        this.n = settings.size();
        this.gx = new double[n];
        this.gy = new double[n];
    }

    /** The batch rule of this kind, or null when the kind has none (an optimizer registered at run time). */
    public static BatchRule of(LaneSettings settings) {
        return BatchRules.create(settings);
    }

    /** Doubles each run costs for its state (for refusing batches that cannot fit in memory). */
    public static int doublesPerRun(OptimizerKind kind) {
        return BatchRules.doublesPerRun(kind) + 2 + kind.params().size();
    }

    /** Runs from..to−1 back to the state before step 1. */
    public abstract void reset(int from, int to);

    /**
     * Step t (counted from 1) of runs from..to−1: moves (x[i], y[i]) as the optimizer's single-run step would.
     *
     * @param loss f at each run's current point (loss-feedback rules read it)
     * @param lr   each run's scheduled learning rate lrₜ for this step
     */
    public abstract void step(BatchObjective objective, double[] x, double[] y, double[] loss, double[] lr, long t,
                              int from, int to);

    /** This hyperparameter of every run. */
    protected final double[] column(String key) {
        return settings.column(key);
    }

    /** Whether any value of the column is above 0. */
    protected static boolean anyPositive(double[] column) {
        for (double value : column) {
            if (value > 0) {
                return true;
            }
        }
        return false;
    }

    /** Every run's own column for its running products, starting at β⁰ = 1. */
    protected static void ones(double[] powers, int from, int to) {
        java.util.Arrays.fill(powers, from, to, 1.0);
    }
}
