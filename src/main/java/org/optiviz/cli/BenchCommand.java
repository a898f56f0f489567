package org.optiviz.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures steps per second of every optimizer on one thread, as the window steps them: one {@link Run#advance}
 * per step, with the divergence check and the loss evaluation, without recording.
 */
@Command(name = "bench", description = "Measure steps per second for each optimizer, one run at a time or many at once (CSV).",
        modelTransformer = BenchBatchFlag.class)
final class BenchCommand implements Runnable {
    private static final int MIN_STEPS = 1_000;
    /** Keeps a measurement to minutes: Eve, among the slowest, takes about 8 of them at 20 million steps a second. */
    private static final long MAX_STEPS = 10_000_000_000L;
    /** Far more runs than a race of every optimizer (eighteen) has. */
    private static final int MAX_RUNS = 64;
    /** Steps per run before measuring: enough for the JIT to compile the step loop. */
    private static final long WARM_UP_STEPS = 2_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ProblemOptions problem;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20000000",
            description = "measured steps per optimizer; default ${DEFAULT-VALUE}")
    long steps;

    @Option(names = "--optimizer", paramLabel = "O[,O2...]", defaultValue = "all",
            description = "optimizer keys separated by commas, or 'all'; default ${DEFAULT-VALUE}")
    String optimizers;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "1",
            description = "independent runs of each optimizer stepped in turn, as a race steps them; default 1")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "worker threads with --batch; default ${DEFAULT-VALUE}")
    int threads;

    /** Runs stepped at once by the batch engine ({@code --batch N}, see {@link BenchBatchFlag}); null: single runs. */
    Integer batchRuns;

    @Override
    public void run() {
        Surface chosen = problem.resolve("rosenbrock");
        if (batchRuns != null) {
            BatchBench.run(chosen, RaceOptions.parseOptimizers(optimizers), batchRuns, steps, threads,
                    spec.commandLine().getOut());
            return;
        }
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            throw new UsageException("--steps: " + steps + " is outside " + MIN_STEPS + ".." + MAX_STEPS);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UsageException("--runs: " + runs + " is outside 1.." + MAX_RUNS);
        }
        List<OptimizerKind> kinds = RaceOptions.parseOptimizers(optimizers);
        PrintWriter out = spec.commandLine().getOut();
        out.println("optimizer,steps,seconds,steps_per_second");
        Objective objective = Objective.noiseless(chosen);
        for (OptimizerKind kind : kinds) {
            Run[] race = new Run[runs];
            for (int i = 0; i < runs; i++) {
                race[i] = new Run(kind, kind.defaultsFor(chosen), false);
            }
            long perRun = Math.max(1, steps / runs);
            advance(race, objective, Math.min(perRun, WARM_UP_STEPS));
            long begin = System.nanoTime();
            advance(race, objective, perRun);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long total = perRun * runs;
            out.printf(Locale.ROOT, "%s,%d,%.4f,%.0f%n", kind.key(), total, seconds, total / seconds);
            out.flush();
        }
    }

    /**
     * Steps every run n times in turn, each from its own start near the surface's default one; a run that diverges
     * is restarted so that every measured step is a real step.
     */
    private static void advance(Run[] race, Objective objective, long n) {
        Surface surface = objective.surface();
        Point start = surface.defaultStart();
        double spread = 1e-3 * surface.defaultView().width();
        for (int i = 0; i < race.length; i++) {
            race[i].restart(new Point(start.x() + i * spread, start.y()), objective);
        }
        for (long step = 0; step < n; step++) {
            for (Run run : race) {
                if (!run.advance(objective)) {
                    run.restart(start, objective);
                }
            }
        }
    }
}
