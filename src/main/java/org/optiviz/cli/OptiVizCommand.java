package org.optiviz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optiviz.ui.OptiVizApp;
import org.optiviz.ui.StartRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: dispatches to the headless subcommands and turns every failure into one line. */
@Command(name = "optiviz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = ScopeType.INHERIT, // so that every command takes --help (and --version) as well
        description = "Watch gradient-based optimizers race across 2D test surfaces.%n"
                + "Without a command, opens the window.",
        subcommands = {ListCommand.class, TrajectoryCommand.class, BenchCommand.class, ScenarioCommand.class,
            RenderCommand.class, AnimateCommand.class, CommandLine.HelpCommand.class})
public final class OptiVizCommand implements Callable<Integer> {
    /** Exit code for bad input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--frame-stats", paramLabel = "SECONDS", scope = ScopeType.LOCAL,
            description = "open the window, play the default race with all optimizers at 10 steps per frame for "
                    + "this long, print frame-time percentiles and exit")
    Double frameStats;

    @Option(names = "--presentation", scope = ScopeType.LOCAL,
            description = "open the window in presentation mode (full screen, large text, the plot first)")
    boolean presentation;

    @Option(names = "--lesson", paramLabel = "KEY", scope = ScopeType.LOCAL,
            description = "open the window on a bundled lesson (the keys are listed below)")
    String lesson;

    @CommandLine.Parameters(arity = "0..1", paramLabel = "SCENARIO.json",
            description = "open the window on this scenario file")
    Path scenario;

    /** Without a subcommand: the window. */
    @Override
    public Integer call() {
        if (frameStats != null && !(frameStats >= 1 && frameStats <= 600)) {
            throw new UsageException("--frame-stats: " + frameStats + " is outside 1..600 seconds");
        }
        StartRequest start = WindowStart.check(presentation, lesson, scenario);
        try {
            OptiVizApp.launchWindow(frameStats == null ? 0 : frameStats, start);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println(spec.name() + ": cannot open the window: " + oneLine(e.getMessage())
                    + " (the commands list, trajectory, scenario, render, animate and bench work without a display)");
            return 1;
        }
        return 0;
    }

    /** Runs the command line with the process's own streams. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = newCommandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OptiVizCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.getCommandSpec().usageMessage().footer("%nLessons for --lesson: " + String.join(", ", WindowStart.lessonKeys()),
                "Example: optiviz --presentation --lesson " + WindowStart.lessonKeys().get(0));
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + oneLine(ex.getMessage()));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof UsageException) {
                failed.getErr().println(failed.getCommandName() + ": " + oneLine(ex.getMessage()));
                return USAGE;
            }
            failed.getErr().println(failed.getCommandName() + ": internal error: " + oneLine(String.valueOf(ex)));
            return 1;
        });
        return cli;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
