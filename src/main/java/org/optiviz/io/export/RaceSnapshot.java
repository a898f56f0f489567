package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surface;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.Scenario.RunStyle;
import org.optiviz.plot.Palette;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.chart.LossSeries;

/**
 * The shown paths of a race frozen at one moment, with the scenario that says how to show them. The paths are
 * copies, so a snapshot taken on the thread that steps the race can be exported on another thread.
 *
 * @param traces one per shown optimizer, in the scenario's order
 * @param losses the same runs' losses at every step, in the same order
 */
public record RaceSnapshot(Scenario scenario, List<RunTrace> traces, List<LossSeries> losses) {
    public RaceSnapshot {
        traces = List.copyOf(traces);
        losses = List.copyOf(losses);
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
        List<LossSeries> losses = new ArrayList<>();
        for (int i = 0; i < race.runs().size(); i++) {
            Run run = race.runs().get(i);
            if (run.kind() != described.get(i).kind()) {
                throw new IllegalArgumentException("run " + i + " is " + run.kind().key() + ", the scenario says "
                        + described.get(i).kind().key());
            }
            RunStyle style = scenario.styles().get(i);
            if (style.shown()) {
                RunTrace trace = copy(run, style);
                traces.add(trace);
                losses.add(new LossSeries(trace.key(), trace.label(), trace.argb(),
                        Arrays.copyOf(run.trajectory().lossArray(), trace.count()), trace.count()));
            }
        }
        return new RaceSnapshot(scenario, traces, losses);
    }

    private static RunTrace copy(Run run, RunStyle style) {
        var t = run.trajectory();
        int n = t.size();
        long diverged = run.status() == RunStatus.DIVERGED ? run.divergedAt() : -1;
        return new RunTrace(run.kind().key(), run.kind().displayName(), 0xFF000000 | style.rgb(),
                Arrays.copyOf(t.xArray(), n), Arrays.copyOf(t.yArray(), n), n, diverged, Palette.dash(run.kind()));
    }

    /** The chart of the shown runs' losses at this size, look and axis titles, up to the last recorded step. */
    public LossChartRequest lossChart(double width, double height, Theme theme, double scale, String stepTitle,
                                      String lossTitle) {
        Surface surface = scenario.surface();
        boolean signed = surface.minima().isEmpty();
        long last = 1;
        for (LossSeries series : losses) {
            last = Math.max(last, series.count() - 1);
        }
        return new LossChartRequest(losses, surface.floor(), signed, last, width, height, theme, scale, stepTitle,
                lossTitle);
    }
}
