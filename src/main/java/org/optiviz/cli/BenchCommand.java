package org.optiviz.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures steps per second of every optimizer on one thread, as the window steps them: one {@link Run#advance}
 * per step, with the divergence check and the loss evaluation, without recording.
 */
@Command(name = "bench", description = "Measure steps per second for each optimizer on one thread (CSV).")
final class BenchCommand implements Runnable {
    private static final int MIN_STEPS = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--surface", paramLabel = "S", defaultValue = "rosenbrock",
            description = "surface key; default ${DEFAULT-VALUE}")
    String surface;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20000000",
            description = "measured steps per optimizer; default ${DEFAULT-VALUE}")
    long steps;

    @Option(names = "--optimizer", paramLabel = "O[,O2...]", defaultValue = "all",
            description = "optimizer keys separated by commas, or 'all'; default ${DEFAULT-VALUE}")
    String optimizers;

    @Override
    public void run() {
        Surface chosen;
        try {
            chosen = Surfaces.byKey(surface);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--surface: " + e.getMessage());
        }
        if (steps < MIN_STEPS || steps > 10_000_000_000L) {
            throw new UsageException("--steps: " + steps + " is outside " + MIN_STEPS + "..10000000000");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("optimizer,steps,seconds,steps_per_second");
        Objective objective = Objective.noiseless(chosen);
        for (OptimizerKind kind : RaceOptions.parseOptimizers(optimizers)) {
            Run run = new Run(kind, kind.defaultsFor(chosen), false);
            run.restart(chosen.defaultStart(), objective);
            advance(run, objective, Math.min(steps, 2_000_000)); // warm-up: let the JIT compile the step
            run.restart(chosen.defaultStart(), objective);
            long begin = System.nanoTime();
            advance(run, objective, steps);
            double seconds = (System.nanoTime() - begin) / 1e9;
            out.printf(Locale.ROOT, "%s,%d,%.4f,%.0f%n", kind.key(), steps, seconds, steps / seconds);
            out.flush();
        }
    }

    /** Steps n times, restarting a run that diverged so that every measured step is a real step. */
    private static void advance(Run run, Objective objective, long n) {
        Surface surface = objective.surface();
        for (long i = 0; i < n; i++) {
            if (!run.advance(objective)) {
                run.restart(surface.defaultStart(), objective);
            }
        }
    }
}
