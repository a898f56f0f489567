package org.optiviz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the scenario that the race and plot flags describe, for the window or for later commands. */
@Command(name = "scenario", description = "Write the scenario (JSON) that the flags describe; open it in the window "
        + "or pass it to trajectory, render and animate with --scenario. --steps becomes its step limit (default: "
        + "the surface's default race).")
final class ScenarioCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioFlags scenarioFlags;

    @Option(names = "--out", paramLabel = "FILE.json", description = "write the scenario here instead of stdout")
    Path out;

    @Override
    public void run() {
        if (out != null) {
            OutFlag.extension(out, "json");
        }
        Scenario scenario = scenarioFlags.scenario(spec);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ScenarioJson.toJson(scenario));
            stdout.flush();
            return;
        }
        OutFlag.write(() -> ScenarioJson.write(out, scenario));
    }
}
