package org.optiviz.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
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
        Race result;
        if (scenario.given()) {
            Scenario chosen = scenario.resolve(spec, race);
            result = chosen.toRaceSetup().toRace(true);
            int steps = (int) chosen.stepLimit();
            result.step(steps, steps);
        } else {
            result = race.toSetup().toRace(true);
            result.step(race.steps, race.steps);
        }
        for (Run run : result.runs()) {
            if (run.divergedAt() >= 0) {
                spec.commandLine().getErr().println(spec.name() + ": note: " + run.kind().key() + " diverged at step "
                        + run.divergedAt());
            }
        }
        OutFlag.write(() -> {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                TrajectoryCsv.write(result, stdout, internals);
                stdout.flush();
            } else {
                AtomicFiles.write(out, stream -> {
                    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    TrajectoryCsv.write(result, writer, internals);
                    writer.flush();
                });
            }
        });
    }
}
