package org.optiviz.core.race;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.Optimizer;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.StepValues;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * One optimizer's journey: its hyperparameters (replaceable at any time), its state, its current point, as much of
 * its trajectory as it records (see {@link Recording}) and the history of its settings. Before every step it sets
 * the learning rate its schedule gives for that step (see {@link OptimizerKind#lrAt}), so optimizers see lrₜ
 * wherever their rule reads lr.
 */
public final class Run {
    /** Beyond this |x| or |y| a run counts as diverged. */
    public static final double DIVERGENCE_BOUND = 1e8;
    private static final double CONVERGED_GRADIENT = 1e-6;
    private static final double CONVERGED_MOVE = 1e-12;

    private final OptimizerKind kind;
    private final Optimizer optimizer;
    private final Trajectory trajectory;
    private final Recording recording;
    private final List<SettingsChange> history = new ArrayList<>();
    private final double[] theta = new double[2];
    private final double[] scratch = new double[2];
    private final StepValues stepValues;
    private Hyperparams params;
    private double lrUsed = Double.NaN;
    private long step;
    private double loss;
    private RunStatus status = RunStatus.RUNNING;
    private long divergedAt = -1;

    /** @param recording true keeps every point with its internals, false nothing but the current point */
    public Run(OptimizerKind kind, Hyperparams params, boolean recording) {
        this(kind, params, recording ? Recording.FULL : Recording.NONE);
    }

    public Run(OptimizerKind kind, Hyperparams params, Recording recording) {
        if (!params.specs().equals(kind.params())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
        }
        this.kind = kind;
        this.params = params;
        this.stepValues = new StepValues(params);
        this.optimizer = kind.create();
        this.recording = recording;
        this.trajectory = new Trajectory(recording == Recording.FULL ? kind.internals().size() : 0);
    }

    /**
     * Refuses a start beyond {@link #DIVERGENCE_BOUND}: a run from there would count as diverged before its first
     * step. Callers (the command line, scenarios, the window) translate the message into their own words.
     *
     * @throws IllegalArgumentException naming the bound and the point
     */
    public static Point checkStart(Point start) {
        if (start == null || !(Math.abs(start.x()) <= DIVERGENCE_BOUND) || !(Math.abs(start.y()) <= DIVERGENCE_BOUND)) {
            throw new IllegalArgumentException("the start point needs x and y within ±1e8, got " + start);
        }
        return start;
    }

    /** Forgets all state and puts the run at the start point, as step 0, with its current settings. */
    public void restart(Point start, Objective objective) {
        checkStart(start);
        optimizer.reset();
        theta[0] = start.x();
        theta[1] = start.y();
        step = 0;
        lrUsed = Double.NaN;
        loss = objective.value(start.x(), start.y());
        status = RunStatus.RUNNING;
        divergedAt = -1;
        trajectory.clear(objective);
        history.clear();
        history.add(new SettingsChange(0, params));
        if (recording != Recording.NONE) {
            trajectory.add(theta[0], theta[1], loss, null);
        }
    }

    /**
     * Takes one step unless the run has diverged. A step whose point or loss is not finite, or whose |x| or |y|
     * passes {@link #DIVERGENCE_BOUND}, ends the run as diverged at that step and is not recorded.
     *
     * @return whether a step was taken and kept
     */
    public boolean advance(Objective objective) {
        if (status == RunStatus.DIVERGED) {
            return false;
        }
        long t = step + 1;
        double oldX = theta[0];
        double oldY = theta[1];
        int lrIndex = kind.lrIndex();
        if (lrIndex >= 0) {
            lrUsed = kind.lrAt(params, t);
            stepValues.set(lrIndex, lrUsed);
        }
        optimizer.step(stepValues, objective, theta, loss, t);
        double x = theta[0];
        double y = theta[1];
        double f = objective.stepLoss(x, y, t);
        if (!(Math.abs(x) <= DIVERGENCE_BOUND && Math.abs(y) <= DIVERGENCE_BOUND && Double.isFinite(f))) {
            theta[0] = oldX;
            theta[1] = oldY;
            status = RunStatus.DIVERGED;
            divergedAt = t;
            return false;
        }
        step = t;
        loss = f;
        double moved = Math.abs(x - oldX) + Math.abs(y - oldY);
        status = converged(moved, x, y, objective.surface(), scratch) ? RunStatus.CONVERGED : RunStatus.RUNNING;
        if (recording != Recording.NONE) {
            trajectory.add(x, y, f, this);
        }
        return true;
    }

    /**
     * Replaces the hyperparameters from the next step on; the optimizer's state (moments, step count) is kept and
     * the change is added to the run's {@link #history()}.
     */
    public void setParams(Hyperparams params) {
        if (!params.specs().equals(kind.params())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
        }
        this.params = params;
        stepValues.load(params);
        if (!history.isEmpty() && history.get(history.size() - 1).afterStep() == step) {
            // Several changes before one step (a slider being dragged): only the last one counts.
            history.remove(history.size() - 1);
        }
        history.add(new SettingsChange(step, params));
    }

    /**
     * The settings this run had since its last restart: the first entry at step 0, then each change with the step
     * after which it took effect. With the start and the race's objective, it re-creates the run exactly (see
     * {@link RunReplay}).
     */
    public List<SettingsChange> history() {
        return List.copyOf(history);
    }

    /**
     * Whether a step that moved a run by {@code moved} (|Δx| + |Δy|) to (x, y) counts as converged: a step that barely
     * moved where the noiseless gradient is nearly zero. The batch engine asks the same question of its runs.
     *
     * @param scratch two doubles of space for the gradient
     */
    public static boolean converged(double moved, double x, double y, Surface surface, double[] scratch) {
        if (!(moved <= CONVERGED_MOVE * (1 + Math.abs(x) + Math.abs(y)))) {
            return false;
        }
        surface.gradient(x, y, scratch);
        return Math.hypot(scratch[0], scratch[1]) <= CONVERGED_GRADIENT;
    }

    /** ‖∇f‖ of the noiseless surface at the current point. */
    public double gradientNorm(Objective objective) {
        objective.surface().gradient(theta[0], theta[1], scratch);
        return Math.hypot(scratch[0], scratch[1]);
    }

    public OptimizerKind kind() {
        return kind;
    }

    public Hyperparams params() {
        return params;
    }

    public Trajectory trajectory() {
        return trajectory;
    }

    /** Steps taken and kept. */
    public long step() {
        return step;
    }

    public double x() {
        return theta[0];
    }

    public double y() {
        return theta[1];
    }

    /**
     * The loss recorded at the latest step: f at the current point, or for a minibatch run its latest batch's mean
     * loss there (the full-batch loss is {@link Objective#value}).
     */
    public double loss() {
        return loss;
    }

    public RunStatus status() {
        return status;
    }

    /** The step at which the run diverged, or −1. */
    public long divergedAt() {
        return divergedAt;
    }

    /** The gradient the optimizer used in the latest step (at the look-ahead point for NAG, with any noise). */
    public double lastGradient(int coordinate) {
        return optimizer.lastGradient(coordinate);
    }

    /** The optimizer's own state after the latest step, by the names its rule uses (see {@link Optimizer#state()}). */
    public java.util.Map<String, double[]> optimizerState() {
        return optimizer.state();
    }

    /**
     * Internal k after the latest step (see {@link OptimizerKind#internals()}): the optimizer's own, then lrₜ, the
     * learning rate that step used.
     */
    public double internal(int k) {
        return k < optimizer.internalCount() ? optimizer.internal(k) : lrUsed;
    }
}
