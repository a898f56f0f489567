package org.optiviz.cli;

import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every flag that describes a scenario, shared by the commands that draw one or write it: the race (from the race
 * flags or --scenario) and how it is shown (--view, --overlay or --grid).
 */
public class ScenarioFlags {
    @Mixin
    RaceOptions race;

    @Mixin
    ScenarioOptions source;

    @Mixin
    ViewOptions view;

    /** The scenario the flags describe; throws {@link UsageException} naming the first bad flag. */
    Scenario scenario(CommandSpec command) {
        // A typed function is surveyed (floor, minima, learning rates) over the view it is shown in, as when its
        // scenario file is read back.
        race.problem.functionView = view.given();
        return view.applyTo(source.resolve(command, race));
    }
}
