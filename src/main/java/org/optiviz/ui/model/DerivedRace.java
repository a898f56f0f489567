package org.optiviz.ui.model;

import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Recording;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * The race description and the race derived from it, kept in step. A new surface, start or noise is a new race at
 * step 0; new hyperparameters either replay the changed runs to the current step (those runs are stale until the
 * replay is in place, and nothing steps meanwhile) or, in "continue" mode, go on from where the runs are.
 */
final class DerivedRace {
    final ReadOnlyObjectWrapper<RaceSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    final ReadOnlyObjectWrapper<Race> race = new ReadOnlyObjectWrapper<>(this, "race");
    final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    final ReadOnlyBooleanWrapper replaying = new ReadOnlyBooleanWrapper(this, "replaying");
    final ObjectBinding<Surface> surface = Bindings.createObjectBinding(() -> setup.get().surface(), setup);
    final ObjectBinding<Point> start = Bindings.createObjectBinding(() -> setup.get().start(), setup);
    final DoubleBinding noiseSigma = Bindings.createDoubleBinding(() -> setup.get().noiseSigma(), setup);
    final LongBinding noiseSeed = Bindings.createLongBinding(() -> setup.get().noiseSeed(), setup);
    private final TreeSet<Integer> stale = new TreeSet<>();
    private final Replays replays;
    private final Runnable changed;

    /** @param changed told after every restart, replay or settings change, on the window's thread */
    DerivedRace(RaceSetup initial, Replays replays, Runnable changed) {
        this.replays = replays;
        this.changed = changed;
        setup.set(initial);
        race.set(initial.toRace(Recording.PATH));
    }

    /** A new race derived from this description, at step 0; any replay in progress is dropped. */
    void restart(RaceSetup next) {
        replays.cancel();
        replaying.set(false);
        stale.clear();
        setup.set(next);
        race.set(next.toRace(Recording.PATH));
        step.set(0);
        changed.run();
    }

    /** A description differing from the current one in hyperparameters only. */
    void changeSettings(RaceSetup next, boolean replay) {
        RaceSetup before = setup.get();
        if (next == before) {
            return;
        }
        setup.set(next);
        for (int i = 0; i < next.runs().size(); i++) {
            if (!next.runs().get(i).params().equals(before.runs().get(i).params())) {
                if (replay) {
                    stale.add(i);
                } else if (!stale.contains(i)) {
                    race.get().runs().get(i).setParams(next.runs().get(i).params());
                }
            }
        }
        if (stale.isEmpty()) {
            changed.run();
        } else {
            replayStale();
        }
    }

    /** Every run replayed from the start up to the given step (at most the current one). */
    void replayAllTo(long toStep) {
        step.set(Math.min(step.get(), toStep));
        for (int i = 0; i < setup.get().runs().size(); i++) {
            stale.add(i);
        }
        replayStale();
    }

    /** Steps every run by count, never past the limit; nothing moves (false) while a replay is pending. */
    boolean step(int count, long limit) {
        if (replaying.get()) {
            return false;
        }
        race.get().step(count, limit);
        step.set(step.get() + count);
        return true;
    }

    RaceMoment moment() {
        return new RaceMoment(setup.get(), race.get(), step.get(), new TreeSet<>(stale));
    }

    void restore(RaceMoment moment) {
        replays.cancel();
        replaying.set(false);
        setup.set(moment.setup());
        race.set(moment.race());
        step.set(moment.step());
        stale.clear();
        stale.addAll(moment.stale());
        if (stale.isEmpty()) {
            changed.run();
        } else {
            replayStale();
        }
    }

    /** Replays every stale run with the newest settings; a request still running is cancelled. */
    private void replayStale() {
        int[] indices = stale.stream().mapToInt(Integer::intValue).toArray();
        Race target = race.get();
        boolean atOnce = replays.request(setup.get(), indices, step.get(), runs -> {
            for (int i = 0; i < indices.length; i++) {
                target.replace(indices[i], runs[i]);
            }
            stale.clear();
            replaying.set(false);
            changed.run();
        });
        replaying.set(!atOnce);
    }
}
