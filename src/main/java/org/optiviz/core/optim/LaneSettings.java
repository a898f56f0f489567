package org.optiviz.core.optim;

import java.util.Arrays;
import org.optiviz.core.param.Hyperparams;

/**
 * The hyperparameters of many runs of one optimizer, one column per hyperparameter and one slot per run, so an update
 * rule for many runs reads them as plain arrays. Runs may share one settings object (a map of starts) or each have
 * their own (a sweep).
 */
public final class LaneSettings {
    private final OptimizerKind kind;
    private final Hyperparams[] perLane;
    private final double[][] columns;
    private final boolean scheduleUniform;
    private final boolean lrFixed;

    /**
     * @param perLane each run's settings (all of this kind); the same object may appear any number of times
     */
    public LaneSettings(OptimizerKind kind, Hyperparams[] perLane) {
        this.kind = kind;
        this.perLane = perLane.clone();
        int count = kind.params().size();
        this.columns = new double[count][perLane.length];
        for (int lane = 0; lane < perLane.length; lane++) {
            Hyperparams p = perLane[lane];
            if (!p.specs().equals(kind.params())) {
                throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
            }
            for (int k = 0; k < count; k++) {
                columns[k][lane] = p.get(k);
            }
        }
        boolean uniform = kind.lrIndex() < 0 || uniform(columns[kind.lrIndex()]);
        for (int k = count - LrSchedule.SPECS.size(); k < count; k++) {
            uniform &= uniform(columns[k]);
        }
        this.scheduleUniform = uniform;
        boolean fixed = true;
        if (kind.lrIndex() >= 0) {
            double[] warmup = columns[count - LrSchedule.SPECS.size() + LrSchedule.WARMUP];
            double[] decay = columns[count - LrSchedule.SPECS.size() + LrSchedule.DECAY];
            for (int lane = 0; lane < perLane.length; lane++) {
                fixed &= warmup[lane] == 0 && decay[lane] == LrSchedule.Decay.NONE.ordinal();
            }
        }
        this.lrFixed = fixed;
    }

    /** Whether every run has the same lr and schedule, so the same lrₜ at every step. */
    public boolean lrUniform() {
        return scheduleUniform;
    }

    /**
     * Whether every run's lrₜ is its lr at every step (no warm-up, no decay): then {@link #scheduledLr} gives the same
     * values at every step and needs calling once.
     */
    public boolean lrFixed() {
        return lrFixed;
    }

    /** The same settings for n runs. */
    public static LaneSettings shared(OptimizerKind kind, Hyperparams settings, int n) {
        Hyperparams[] all = new Hyperparams[n];
        Arrays.fill(all, settings);
        return new LaneSettings(kind, all);
    }

    public OptimizerKind kind() {
        return kind;
    }

    public int size() {
        return perLane.length;
    }

    /** Run i's settings. */
    public Hyperparams of(int lane) {
        return perLane[lane];
    }

    /** Every run's value of this hyperparameter, by run; the array is shared, not to be written. */
    double[] column(String key) {
        for (int k = 0; k < kind.params().size(); k++) {
            if (kind.params().get(k).key().equals(key)) {
                return columns[k];
            }
        }
        throw new IllegalArgumentException(kind.key() + " has no hyperparameter '" + key + "'");
    }

    /** Whether every run has the same value of this hyperparameter. */
    boolean uniform(String key) {
        return uniform(column(key));
    }

    /**
     * lrₜ of runs from..to−1 into out, exactly as a single run computes it before step t ({@link OptimizerKind#lrAt});
     * once for all runs when they share the learning rate and its schedule.
     */
    public void scheduledLr(long t, double[] out, int from, int to) {
        if (kind.lrIndex() < 0 || from >= to) {
            return;
        }
        if (scheduleUniform) {
            Arrays.fill(out, from, to, kind.lrAt(perLane[from], t));
        } else {
            for (int i = from; i < to; i++) {
                out[i] = kind.lrAt(perLane[i], t);
            }
        }
    }

    private static boolean uniform(double[] column) {
        for (double value : column) {
            if (Double.compare(value, column[0]) != 0) {
                return false;
            }
        }
        return true;
    }
}
