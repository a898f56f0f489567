package org.optiviz.cli;

import java.nio.file.Path;
import java.util.List;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioException;
import org.optiviz.io.scenario.ScenarioJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code --scenario FILE}: take the race from a scenario file instead of the race flags. The two are exclusive,
 * so that a command line never silently means something other than what it says; only {@code --steps} may be
 * given as well, and then replaces the scenario's step limit.
 */
public class ScenarioOptions {
    /** Race flags that a scenario already answers. */
    static final List<String> RACE_FLAGS = List.of("--surface", "--function", "--data", "--columns", "--model",
            "--batch", "--standardize", "--optimizer", "--start", "--set", "--noise", "--seed");

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "take the race from this scenario file (JSON) instead of --surface or --function, --optimizer, --start, "
                    + "--set, --noise and --seed, which cannot be combined with it; --steps replaces its step limit")
    Path file;

    /** Whether the race comes from a scenario file. */
    boolean given() {
        return file != null;
    }

    /**
     * The scenario these flags describe: the file (with --steps as its step limit when given), or one built from
     * the race flags in the surface's default view, stepping as far as --steps or the surface's default race.
     */
    Scenario resolve(CommandSpec spec, RaceOptions race) {
        ParseResult parsed = spec.commandLine().getParseResult();
        boolean stepsGiven = parsed.hasMatchedOption("--steps");
        if (stepsGiven && (race.steps < 1 || race.steps > Scenario.MAX_STEP_LIMIT)) {
            throw new UsageException("--steps: " + race.steps + " is outside 1.." + Scenario.MAX_STEP_LIMIT);
        }
        if (file == null) {
            RaceSetup setup = race.toSetup();
            long steps = stepsGiven ? race.steps : setup.surface().defaultSteps();
            return Scenario.of(setup, ScenarioJson.PALETTE, steps);
        }
        for (String flag : RACE_FLAGS) {
            if (parsed.hasMatchedOption(flag)) {
                throw new UsageException(flag + ": cannot be combined with --scenario, which sets the whole race "
                        + "(edit the scenario, or leave out --scenario)");
            }
        }
        Scenario scenario;
        try {
            scenario = ScenarioJson.standard().read(file);
        } catch (ScenarioException e) {
            throw new UsageException("--scenario " + file + ": " + e.getMessage());
        }
        return stepsGiven ? scenario.withStepLimit(race.steps) : scenario;
    }
}
