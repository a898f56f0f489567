package org.optiviz.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.optiviz.core.param.DecimalText;
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
            RenderCommand.class, AnimateCommand.class, MapCommand.class, SweepCommand.class, TuneCommand.class,
            TheoryCommand.class, CommandLine.HelpCommand.class})
public final class OptiVizCommand implements Callable<Integer> {
    /** Exit code for bad input. */
    public static final int USAGE = 2;
    /** Exit code when standard output or a file could not be written. */
    public static final int WRITE_FAILED = 1;
    /** The status a Unix tool ends with when its reader closes the pipe (128 + SIGPIPE). */
    public static final int CLOSED_PIPE = 141;

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

    /**
     * Runs the command line with the process's own streams. Standard output is written through
     * {@link CheckedOutput}, so a lost write ends the command with an error instead of exit 0.
     */
    public static int run(String[] args) {
        OutputStream stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, stdoutCharset()), true);
        return run(args, out, new PrintWriter(System.err, true));
    }

    /** The encoding the JDK would give System.out: the terminal's when there is one, else the default. */
    private static Charset stdoutCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = newCommandLine(out, err);
        try {
            int code = cli.execute(args);
            out.flush();
            return code;
        } catch (CheckedOutput.OutputFailure e) {
            // The last flush, after the command itself finished.
            return outputFailed(e, "optiviz", err);
        }
    }

    private static int outputFailed(CheckedOutput.OutputFailure failure, String command, PrintWriter err) {
        if (failure.closedPipe()) {
            return CLOSED_PIPE;
        }
        err.println(command + ": cannot write to standard output: " + oneLine(failure.getMessage()));
        return WRITE_FAILED;
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OptiVizCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.getCommandSpec().usageMessage().footer("%nLessons for --lesson: " + String.join(", ", WindowStart.lessonKeys()),
                "Example: optiviz --presentation --lesson " + WindowStart.lessonKeys().get(0));
        // Number flags take the one decimal syntax of the whole app, not Java's (which reads 1d and 0x1p-3).
        CommandLine.ITypeConverter<Double> decimal = text -> {
            try {
                return DecimalText.parse(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
        cli.registerConverter(Double.class, decimal);
        cli.registerConverter(Double.TYPE, decimal);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + oneLine(ex.getMessage()));
            return USAGE;
        });
        // Help and usage text are printed outside a command's own execution, where picocli would print a failed
        // write as a stack trace; passing it on as an execution failure gives it the same one line as the rest.
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cli.setExecutionStrategy(parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (CheckedOutput.OutputFailure failure) {
                CommandLine.ParseResult deepest = parseResult;
                while (deepest.hasSubcommand()) {
                    deepest = deepest.subcommand();
                }
                throw new CommandLine.ExecutionException(deepest.commandSpec().commandLine(), "", failure);
            }
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof CheckedOutput.OutputFailure failure) {
                return outputFailed(failure, failed.getCommandName(), failed.getErr());
            }
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
