package org.optiviz.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.TrajectoryCsv;
import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a race headless and prints every trajectory as CSV. */
@Command(name = "trajectory", description = "Run optimizers and print their trajectories as CSV "
        + "(optimizer,step,x,y,loss; step 0 is the start). With --scenario, every optimizer of the scenario, shown "
        + "or hidden, runs up to its step limit (or --steps).")
final class TrajectoryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RaceOptions race;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV here instead of stdout")
    Path out;

    @Option(names = "--internals", description = "add a column for each optimizer internal (step sizes, Eve's alpha_t, ...)")
    boolean internals;

    @Override
    public void run() {
        if (out != null) {
            OutFlag.extension(out, "csv");
        }
        RaceSetup setup;
        long steps;
        if (scenario.given()) {
            Scenario chosen = scenario.resolve(spec, race);
            setup = chosen.toRaceSetup();
            steps = chosen.stepLimit();
        } else {
            setup = race.toSetup();
            steps = race.steps;
        }
        long[] divergedAt = new long[0];
        // Streamed as the runs step, so memory stays the same for a million steps as for a hundred.
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            divergedAt = streamOrThrow(setup, steps, stdout);
            stdout.flush();
        } else {
            long[][] result = new long[1][];
            OutFlag.write(() -> AtomicFiles.write(out, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                result[0] = TrajectoryCsv.stream(setup, steps, writer, internals);
                writer.flush();
            }));
            divergedAt = result[0];
        }
        for (int r = 0; r < divergedAt.length; r++) {
            if (divergedAt[r] >= 0) {
                spec.commandLine().getErr().println(spec.name() + ": note: " + setup.runs().get(r).kind().key()
                        + " diverged at step " + divergedAt[r]);
            }
        }
    }

    private long[] streamOrThrow(RaceSetup setup, long steps, PrintWriter stdout) {
        try {
            return TrajectoryCsv.stream(setup, steps, stdout, internals);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter reports no IOException; CheckedOutput throws its own
        }
    }
}
