package org.optiviz.core.race;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Several runs on one surface from one start point, sharing one gradient-noise sequence.
 *
 * <p>A race is derived from a {@link RaceSetup}; another surface or noise is another race. Changing the start
 * restarts every run; changing one run's hyperparameters does not (see {@link #replay} for re-running a path from
 * the start with new values, or {@link #replace} for putting in one computed elsewhere).
 */
public final class Race {
    private final List<Run> runs = new ArrayList<>();
    private final Recording recording;
    private Surface surface;
    private Point start;
    private Objective objective;

    /** @param recording true records every point with its internals, false nothing */
    public Race(Surface surface, Point start, double noiseSigma, long noiseSeed, boolean recording) {
        this(surface, start, noiseSigma, noiseSeed, recording ? Recording.FULL : Recording.NONE);
    }

    public Race(Surface surface, Point start, double noiseSigma, long noiseSeed, Recording recording) {
        this.surface = surface;
        this.start = Run.checkStart(start);
        this.objective = new Objective(surface, noiseSigma, noiseSeed);
        this.recording = recording;
    }

    /** A recording race on the surface's default start without noise. */
    public static Race of(Surface surface) {
        return new Race(surface, surface.defaultStart(), 0, 0, true);
    }

    /** Adds a run with these hyperparameters and puts it at the start. */
    public Run add(OptimizerKind kind, Hyperparams params) {
        Run run = new Run(kind, params, recording);
        run.restart(start, objective);
        runs.add(run);
        return run;
    }

    /** Adds a run with the surface's suggested defaults. */
    public Run add(OptimizerKind kind) {
        return add(kind, kind.defaultsFor(surface));
    }

    public List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    public Surface surface() {
        return surface;
    }

    public Point start() {
        return start;
    }

    public Objective objective() {
        return objective;
    }

    public void setStart(Point start) {
        this.start = Run.checkStart(start);
        restart();
    }

    /** Every run back to step 0. */
    public void restart() {
        for (Run run : runs) {
            run.restart(start, objective);
        }
    }

    /**
     * Advances every run that has not diverged by up to n steps, never past the step limit. Runs take turns step by
     * step: their dependency chains are independent, so the processor overlaps them.
     */
    public void step(int n, long stepLimit) {
        int count = runs.size();
        for (Run run : runs) {
            run.trajectory().limitTo(stepLimit + 1);
        }
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < count; r++) {
                Run run = runs.get(r);
                if (run.step() < stepLimit) {
                    run.advance(objective);
                }
            }
        }
    }

    /** Restarts one run and steps it again up to the given step (its path replayed with its current settings). */
    public void replay(Run run, long toStep) {
        run.restart(start, objective);
        while (run.step() < toStep && run.advance(objective)) {
            // advance does the work
        }
    }

    /**
     * Puts a run computed elsewhere (see {@link RaceSetup#replayed}) in place of run i; it must be of the same kind.
     */
    public void replace(int index, Run run) {
        if (runs.get(index).kind() != run.kind()) {
            throw new IllegalArgumentException("run " + index + " is " + runs.get(index).kind().key() + ", not "
                    + run.kind().key());
        }
        runs.set(index, run);
    }

    /** The highest step any run has reached. */
    public long maxStep() {
        long max = 0;
        for (Run run : runs) {
            max = Math.max(max, run.step());
        }
        return max;
    }
}
