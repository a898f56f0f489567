package org.optiviz.core.race;

import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.Optimizer;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.StepValues;
import org.optiviz.core.surface.Point;

/**
 * One optimizer's journey: its hyperparameters (replaceable at any time), its state, its current point and,
 * when recording, its trajectory. Before every step it sets the learning rate its schedule gives for that step
 * (see {@link OptimizerKind#lrAt}), so optimizers see lrₜ wherever their rule reads lr.
 */
public final class Run {
    /** Beyond this |x| or |y| a run counts as diverged. */
    public static final double DIVERGENCE_BOUND = 1e8;
    private static final double CONVERGED_GRADIENT = 1e-6;
    private static final double CONVERGED_MOVE = 1e-12;

    private final OptimizerKind kind;
    private final Optimizer optimizer;
    private final Trajectory trajectory;
    private final boolean recording;
    private final double[] theta = new double[2];
    private final double[] scratch = new double[2];
    private final StepValues stepValues;
    private Hyperparams params;
    private double lrUsed = Double.NaN;
    private long step;
    private double loss;
    private RunStatus status = RunStatus.RUNNING;
    private long divergedAt = -1;

    public Run(OptimizerKind kind, Hyperparams params, boolean recording) {
        if (!params.specs().equals(kind.params())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
        }
        this.kind = kind;
        this.params = params;
        this.stepValues = new StepValues(params);
        this.optimizer = kind.create();
        this.recording = recording;
        this.trajectory = new Trajectory(kind.internals().size());
    }

    /** Forgets all state and puts the run at the start point, as step 0. */
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
        trajectory.clear();
        if (recording) {
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
        double f = objective.value(x, y);
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
        status = moved <= CONVERGED_MOVE * (1 + Math.abs(x) + Math.abs(y)) && gradientNorm(objective) <= CONVERGED_GRADIENT
                ? RunStatus.CONVERGED : RunStatus.RUNNING;
        if (recording) {
            trajectory.add(x, y, f, this);
        }
        return true;
    }

    /** Replaces the hyperparameters; the optimizer's state (moments, step count) is kept. */
    public void setParams(Hyperparams params) {
        if (!params.specs().equals(kind.params())) {
            throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
        }
        this.params = params;
        stepValues.load(params);
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
