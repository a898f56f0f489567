package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.Scenario.RunStyle;
import org.optiviz.plot.Palette;
import org.optiviz.plot.RunTrace;

/**
 * The shown paths of a race frozen at one moment, with the scenario that says how to show them. The paths are
 * copies, so a snapshot taken on the thread that steps the race can be exported on another thread.
 *
 * @param traces one per shown optimizer, in the scenario's order
 */
public record RaceSnapshot(Scenario scenario, List<RunTrace> traces) {
    public RaceSnapshot {
        traces = List.copyOf(traces);
    }

    /** Runs the scenario's race from step 0 up to its step limit. */
    public static RaceSnapshot run(Scenario scenario) {
        Race race = scenario.race().toRace(true);
        int steps = (int) scenario.stepLimit();
        race.step(steps, steps);
        return of(scenario, race);
    }

    /**
     * Copies the shown runs of a race built from this scenario (its runs in the scenario's order), labelled with
     * the optimizers' names and coloured as the scenario says.
     */
    public static RaceSnapshot of(Scenario scenario, Race race) {
        List<RunSetup> described = scenario.race().runs();
        if (race.runs().size() != described.size()) {
            throw new IllegalArgumentException("the race has " + race.runs().size() + " runs, the scenario "
                    + described.size() + " optimizers");
        }
        List<RunTrace> traces = new ArrayList<>();
        for (int i = 0; i < race.runs().size(); i++) {
            Run run = race.runs().get(i);
            if (run.kind() != described.get(i).kind()) {
                throw new IllegalArgumentException("run " + i + " is " + run.kind().key() + ", the scenario says "
                        + described.get(i).kind().key());
            }
            RunStyle style = scenario.styles().get(i);
            if (style.shown()) {
                traces.add(copy(run, style));
            }
        }
        return new RaceSnapshot(scenario, traces);
    }

    private static RunTrace copy(Run run, RunStyle style) {
        var t = run.trajectory();
        int n = t.size();
        long diverged = run.status() == RunStatus.DIVERGED ? run.divergedAt() : -1;
        return new RunTrace(run.kind().key(), run.kind().displayName(), 0xFF000000 | style.rgb(),
                Arrays.copyOf(t.xArray(), n), Arrays.copyOf(t.yArray(), n), n, diverged, Palette.dash(run.kind()));
    }
}
