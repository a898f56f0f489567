package org.optiviz.core.race;

import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * Everything that determines a race's trajectories: surface, start, noise and each run's settings. The command
 * line and scenario files both describe races this way, so the same setup reproduces the same paths.
 */
public record RaceSetup(Surface surface, Point start, double noiseSigma, long noiseSeed, List<RunSetup> runs) {

    /** One optimizer of a race with its hyperparameters. */
    public record RunSetup(OptimizerKind kind, Hyperparams params) {
    }

    public RaceSetup {
        runs = List.copyOf(runs);
    }

    /** A fresh race at step 0 with every run added in order. */
    public Race toRace(boolean recording) {
        Race race = new Race(surface, start, noiseSigma, noiseSeed, recording);
        for (RunSetup run : runs) {
            race.add(run.kind(), run.params());
        }
        return race;
    }
}
