package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Bytes a run records per step: x, y and loss as doubles. */
    static final long BYTES_PER_POINT = 3 * Double.BYTES;

    /** Runs the scenario's race from step 0 up to its step limit. */
    public static RaceSnapshot run(Scenario scenario) {
        return run(scenario, ExportProgress.NONE);
    }

    /**
     * Runs the scenario's race from step 0 up to its step limit, reporting steps done; the paths are the race's own
     * (nothing else sees the race, so nothing is copied).
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
        return of(scenario, race, false);
    }

    /** About how many bytes running the scenario's race takes: every run's path at its step limit. */
    public static long bytesToRun(Scenario scenario) {
        return scenario.race().runs().size() * (scenario.stepLimit() + 1) * BYTES_PER_POINT;
    }

    /**
     * Copies the shown runs of a race built from this scenario (its runs in the scenario's order), labelled with
     * the optimizers' names and coloured as the scenario says.
     */
    public static RaceSnapshot of(Scenario scenario, Race race) {
        return of(scenario, race, true);
    }

    private static RaceSnapshot of(Scenario scenario, Race race, boolean copy) {
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
                        run.kind().displayName() + RunNames.suffix(described, i), style, copy);
                traces.add(trace);
                double[] loss = run.trajectory().lossArray();
                losses.add(new LossSeries(trace.key(), trace.label(), trace.argb(),
                        copy ? Arrays.copyOf(loss, trace.count()) : loss, trace.count()));
            }
        }
        return new RaceSnapshot(scenario, traces, losses);
    }

    private static RunTrace trace(Run run, String key, String label, RunStyle style, boolean copy) {
        var t = run.trajectory();
        int n = t.size();
        long diverged = run.status() == RunStatus.DIVERGED ? run.divergedAt() : -1;
        double[] xs = copy ? Arrays.copyOf(t.xArray(), n) : t.xArray();
        double[] ys = copy ? Arrays.copyOf(t.yArray(), n) : t.yArray();
        return new RunTrace(key, label, 0xFF000000 | style.rgb(), xs, ys, n,
                diverged, Palette.dash(run.kind()));
    }

    /** The chart of the shown runs' losses at this size, look and axis titles, up to the last recorded step. */
    public LossChartRequest lossChart(double width, double height, Theme theme, double scale, String stepTitle,
                                      String lossTitle) {
        Surface surface = scenario.surface();
        // As the window's chart: a batch's loss can fall below the full loss's minimum, so minibatch races are signed.
        boolean signed = surface.minima().isEmpty() || org.optiviz.core.optim.Objective.noiseless(surface).minibatched();
        long last = 1;
        for (LossSeries series : losses) {
            last = Math.max(last, series.count() - 1);
        }
        return new LossChartRequest(losses, surface.floor(), signed, last, width, height, theme, scale, stepTitle,
                lossTitle);
    }
}
