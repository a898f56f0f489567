package org.optiviz.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: dispatches to the headless subcommands and turns every failure into one line. */
@Command(name = "optiviz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watch gradient-based optimizers race across 2D test surfaces.%n"
                + "Without a command, opens the window.",
        subcommands = {ListCommand.class, TrajectoryCommand.class, BenchCommand.class, ScenarioCommand.class,
            RenderCommand.class, AnimateCommand.class, CommandLine.HelpCommand.class})
public final class OptiVizCommand implements Runnable {
    /** Exit code for bad input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
