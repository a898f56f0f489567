package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.race.Recording;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunNames;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Surface;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.Scenario.RunStyle;
import org.optiviz.plot.Palette;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.FullLossSamples;
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

    /** Steps between progress reports while a race runs: a few milliseconds of work for every optimizer. */
    private static final int STEPS_PER_REPORT = 10_000;
    /**
     * Bytes of heap a long race takes per step of each run: x and y as doubles, under a byte for the loss (a long run
     * keeps three doubles of every 32 steps' losses, see {@code LossColumn}), and what drawing such a race takes
     * besides. Measured: 18 runs of 1,000,000 steps and a 1000×800 picture need 400–420 MB of heap in all.
     */
    static final long BYTES_PER_POINT = 24;

    /** Runs the scenario's race from step 0 up to its step limit. */
    public static RaceSnapshot run(Scenario scenario) {
        return run(scenario, ExportProgress.NONE);
    }

    /**
     * Runs the scenario's race from step 0 up to its step limit, reporting steps done.
     */
    public static RaceSnapshot run(Scenario scenario, ExportProgress progress) {
        return run(scenario, progress, race -> { });
    }

    /** As {@link #run(Scenario, ExportProgress)}, handing the finished race to {@code finished} first. */
    public static RaceSnapshot run(Scenario scenario, ExportProgress progress,
                                   java.util.function.Consumer<Race> finished) {
        Race race = scenario.race().toRace(Recording.PATH);
        int steps = (int) scenario.stepLimit();
        for (int done = 0; done < steps && !progress.cancelled(); ) {
            int chunk = Math.min(STEPS_PER_REPORT, steps - done);
            race.step(chunk, steps);
            done += chunk;
            progress.progress(done, steps);
        }
        finished.accept(race);
        return of(scenario, race);
    }

    /** About how many bytes running the scenario's race takes: every run's path at its step limit. */
    public static long bytesToRun(Scenario scenario) {
        return scenario.race().runs().size() * (scenario.stepLimit() + 1) * BYTES_PER_POINT;
    }

    /**
     * The shown runs of a race built from this scenario (its runs in the scenario's order) as recorded so far,
     * labelled with the optimizers' names and coloured as the scenario says. The points are shared with the race,
     * not copied, and stay as they are while it goes on, so the snapshot may be drawn on another thread.
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
                RunTrace trace = trace(run, RunNames.key(described, i),
                        run.kind().displayName() + RunNames.suffix(described, i), style);
                traces.add(trace);
                losses.add(new LossSeries(trace.key(), trace.label(), trace.argb(), run.trajectory().losses(),
                        trace.count()));
            }
        }
        return new RaceSnapshot(scenario, traces, losses);
    }

    private static RunTrace trace(Run run, String key, String label, RunStyle style) {
        var t = run.trajectory();
        int n = t.size();
        long diverged = run.status() == RunStatus.DIVERGED ? run.divergedAt() : -1;
        return new RunTrace(key, label, 0xFF000000 | style.rgb(), t.xs(), t.ys(), n,
                diverged, Palette.dash(run.kind()));
    }

    /**
     * The chart of the shown runs' losses at this size, look and axis titles, up to the last recorded step. A data
     * model raced with minibatches recorded its batches' losses; the chart shows the full-batch loss, at the steps
     * {@link FullLossSamples} picks for this width (as the window's chart does).
     */
    public LossChartRequest lossChart(double width, double height, Theme theme, double scale, String stepTitle,
                                      String lossTitle) {
        Surface surface = scenario.surface();
        long last = 1;
        for (LossSeries series : losses) {
            last = Math.max(last, series.lastStep());
        }
        List<LossSeries> shown = losses;
        if (org.optiviz.core.optim.Objective.noiseless(surface).minibatched()) {
            int stride = FullLossSamples.stride(last, width, ((DataModel) surface).data().size());
            shown = new ArrayList<>();
            for (RunTrace trace : traces) {
                shown.add(FullLossSamples.sampled(trace.key(), trace.label(), trace.argb(), surface, trace.xs(),
                        trace.ys(), trace.count(), stride));
            }
        }
        return new LossChartRequest(shown, surface.floor(), surface.minima().isEmpty(), last, width, height, theme,
                scale, stepTitle, lossTitle);
    }
}
