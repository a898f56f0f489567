package org.optiviz.ui.model;

import java.util.Set;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;

/**
 * A race as it stood at one moment, to be put back without recomputing anything (see
 * {@link MainViewModel#restore}). Only the view model makes and reads these.
 */
public final class RaceMoment {
    private final RaceSetup setup;
    private final Race race;
    private final long step;
    private final Set<Integer> stale;

    RaceMoment(RaceSetup setup, Race race, long step, Set<Integer> stale) {
        this.setup = setup;
        this.race = race;
        this.step = step;
        this.stale = Set.copyOf(stale);
    }

    RaceSetup setup() {
        return setup;
    }

    Race race() {
        return race;
    }

    long step() {
        return step;
    }

    Set<Integer> stale() {
        return stale;
    }
}
