package org.optiviz.core.race;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Everything that determines a race's trajectories: surface, start, noise and each run's kind and settings
 * (learning-rate schedules included, as hyperparameters). Immutable: every change makes a new description, and a
 * {@link Race} is derived from one, so the same description always reproduces the same paths bit for bit. The
 * command line, scenario files and the window all describe races this way. A kind may appear more than once.
 */
public record RaceSetup(Surface surface, Point start, double noiseSigma, long noiseSeed, List<RunSetup> runs) {

    /** One optimizer of a race with its hyperparameters. */
    public record RunSetup(OptimizerKind kind, Hyperparams params) {
        public RunSetup {
            Objects.requireNonNull(kind, "kind");
            if (!params.specs().equals(kind.params())) {
                throw new IllegalArgumentException("hyperparameters do not belong to " + kind.key());
            }
        }
    }

    public RaceSetup {
        Objects.requireNonNull(surface, "surface");
        Run.checkStart(start);
        if (!(noiseSigma >= 0) || !Double.isFinite(noiseSigma)) {
            throw new IllegalArgumentException("noise σ must be a finite number ≥ 0, got " + noiseSigma);
        }
        runs = List.copyOf(runs);
    }

    /** The surface's default race: its start, no noise, each kind once at the settings the surface suggests. */
    public static RaceSetup defaults(Surface surface, List<OptimizerKind> kinds) {
        List<RunSetup> runs = new ArrayList<>();
        for (OptimizerKind kind : kinds) {
            runs.add(new RunSetup(kind, kind.defaultsFor(surface)));
        }
        return new RaceSetup(surface, surface.defaultStart(), 0, 0, runs);
    }

    public RaceSetup withStart(Point newStart) {
        return new RaceSetup(surface, newStart, noiseSigma, noiseSeed, runs);
    }

    public RaceSetup withNoise(double sigma, long seed) {
        return new RaceSetup(surface, start, sigma, seed, runs);
    }

    /**
     * The same runs on another surface from its default start. A learning rate still at the old surface's
     * suggestion takes the new one's; every other value (one a person chose) is kept.
     */
    public RaceSetup movedTo(Surface newSurface) {
        List<RunSetup> moved = new ArrayList<>();
        for (RunSetup run : runs) {
            Hyperparams params = run.params();
            if (params.has("lr") && params.get("lr") == run.kind().defaultsFor(surface).get("lr")) {
                params = params.with("lr", run.kind().defaultsFor(newSurface).get("lr"));
            }
            moved.add(new RunSetup(run.kind(), params));
        }
        return new RaceSetup(newSurface, newSurface.defaultStart(), noiseSigma, noiseSeed, moved);
    }

    /** Run i with other hyperparameters (the same object when nothing changes). */
    public RaceSetup withParams(int index, Hyperparams params) {
        if (runs.get(index).params().equals(params)) {
            return this;
        }
        List<RunSetup> changed = new ArrayList<>(runs);
        changed.set(index, new RunSetup(runs.get(index).kind(), params));
        return new RaceSetup(surface, start, noiseSigma, noiseSeed, changed);
    }

    /**
     * Run i with one hyperparameter changed, validated by that run's own spec.
     *
     * @throws org.optiviz.core.param.InvalidParamException naming the key and why the value is not allowed
     */
    public RaceSetup withParam(int index, String key, double value) {
        return withParams(index, runs.get(index).params().with(key, value));
    }

    /**
     * As {@link #withParam}, and the same value for every other run that has the key and accepts it (one that does
     * not keeps its own: run i decides what is valid).
     */
    public RaceSetup withParamForAll(int index, String key, double value) {
        RaceSetup next = withParam(index, key, value);
        for (int i = 0; i < runs.size(); i++) {
            if (i != index && runs.get(i).params().has(key)) {
                try {
                    next = next.withParam(i, key, value);
                } catch (InvalidParamException outsideItsRange) {
                    // this run keeps its value
                }
            }
        }
        return next;
    }

    /** The given runs back to the settings the surface suggests for their kinds. */
    public RaceSetup withSuggestedParams(List<Integer> indices) {
        RaceSetup next = this;
        for (int i : indices) {
            next = next.withParams(i, runs.get(i).kind().defaultsFor(surface));
        }
        return next;
    }

    /** Whether the other description races on the same surface from the same start with the same noise. */
    public boolean sameGround(RaceSetup other) {
        return surface.equals(other.surface) && start.equals(other.start)
                && Double.compare(noiseSigma, other.noiseSigma) == 0 && noiseSeed == other.noiseSeed;
    }

    /** A new objective for this race; each thread that steps runs uses its own (it keeps scratch space). */
    public Objective objective() {
        return new Objective(surface, noiseSigma, noiseSeed);
    }

    /** A fresh race at step 0 with every run added in order. */
    public Race toRace(boolean recording) {
        return toRace(recording ? Recording.FULL : Recording.NONE);
    }

    /** A fresh race at step 0 with every run added in order, each keeping what {@code recording} says. */
    public Race toRace(Recording recording) {
        Race race = new Race(surface, start, noiseSigma, noiseSeed, recording);
        for (RunSetup run : runs) {
            race.add(run.kind(), run.params());
        }
        return race;
    }

    /**
     * Run i computed afresh from the start up to the given step (or until it diverges), recording its path, on any
     * thread: it shares nothing with a race. Returns null when {@code cancelled} turns true along the way.
     */
    public Run replayed(int index, long toStep, BooleanSupplier cancelled) {
        return replayed(index, toStep, cancelled, Recording.FULL);
    }

    /** As {@link #replayed(int, long, BooleanSupplier)}, keeping what {@code recording} says. */
    public Run replayed(int index, long toStep, BooleanSupplier cancelled, Recording recording) {
        RunSetup setup = runs.get(index);
        Objective objective = objective();
        Run run = new Run(setup.kind(), setup.params(), recording);
        run.restart(start, objective);
        run.trajectory().limitTo(toStep + 1);
        while (run.step() < toStep && run.advance(objective)) {
            if ((run.step() & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
        }
        return run;
    }
}
