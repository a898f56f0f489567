package org.optiviz.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.optiviz.core.batch.BatchJob;
import org.optiviz.core.batch.Sweep;
import org.optiviz.core.batch.SweepAxis;
import org.optiviz.core.batch.SweepDefaults;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.SweepCsv;
import org.optiviz.io.export.Exports;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.SweepPicture;
import org.optiviz.plot.sweep.SweepColouring;
import org.optiviz.plot.sweep.SweepField;
import org.optiviz.plot.sweep.SweepFields;
import org.optiviz.plot.sweep.SweepWords;
import org.optiviz.plot.Theme;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.plot.draw.SvgRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Two hyperparameters of one optimizer on a grid: the final loss of each cell's run, as CSV or a heat map. */
@Command(name = "sweep", description = "Run one optimizer from one start with two hyperparameters on a grid and write "
        + "each cell's final loss (CSV: optimizer,KEY1,KEY2,loss,status,steps,settled) or draw the heat map (PNG, "
        + "SVG: colour = final loss on a log scale, the divergence boundary in white, theory's boundary dashed where it has one, the current setting ringed). "
        + "By default lr (log, 1/100 to 100 times the current) against the optimizer's momentum-like parameter.")
final class SweepCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RaceOptions race;

    @Option(names = "--x", paramLabel = "KEY=LO:HI:log|lin:N", description = "the hyperparameter across")
    String xAxis;

    @Option(names = "--y", paramLabel = "KEY=LO:HI:log|lin:N", description = "the hyperparameter up")
    String yAxis;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads; default: one per processor")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "sweep.csv, sweep.png or sweep.svg")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "900", description = "picture width in pixels")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "700", description = "picture height in pixels")
    int height;

    @Override
    public void run() {
        String format = OutFlag.extension(out, "csv", "png", "svg");
        RaceSetup setup = race.toSetup();
        if (setup.runs().size() != 1) {
            throw new UsageException("--optimizer: a sweep varies one optimizer; name exactly one");
        }
        OptimizerKind kind = setup.runs().get(0).kind();
        Hyperparams base = setup.runs().get(0).params();
        SweepAxis x = axis("--x", xAxis, SweepDefaults.x(base));
        SweepAxis y = axis("--y", yAxis, SweepDefaults.y(base));
        Hyperparams[] cells;
        try {
            cells = Sweep.cells(base, x, y);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--x/--y: " + e.getMessage());
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new UsageException("--threads: " + workers + " is outside 1..256");
        }
        if (!format.equals("csv")) {
            PictureChecks.size(width, height);
        }
        MemoryCheck.require("--x/--y", BatchJob.bytesFor(kind, cells.length) + (long) cells.length * 200);
        Sweep sweep;
        StderrProgress progress = StderrProgress.of(spec.commandLine().getErr(), "sweep");
        try (Interruptible interrupt = new Interruptible()) {
            sweep = Sweep.compute(setup.surface(), setup.noiseSigma(), setup.noiseSeed(), kind, base, x, y,
                    setup.start(), race.steps, workers, interrupt::cancelled,
                    (done, all) -> progress.progress((int) (done / race.steps), cells.length));
        } catch (CancellationException e) {
            progress.close();
            spec.commandLine().getErr().println(spec.name() + ": cancelled; nothing written");
            return;
        }
        progress.close();
        OutFlag.write(() -> {
            if (format.equals("csv")) {
                AtomicFiles.write(out, stream -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                    SweepCsv.write(sweep, writer);
                    writer.flush();
                });
                return;
            }
            SweepField field = SweepFields.field(sweep, setup.surface(), SweepColouring.LOSS, SweepWords.ENGLISH,
                    kind.displayName(), setup.surface().displayName());
            Drawing drawing = SweepPicture.draw(field, width, height, PlotOptions.defaults().withTheme(Theme.LIGHT));
            if (format.equals("png")) {
                Exports.png(out, Java2dRenderer.render(drawing, 1));
            } else {
                AtomicFiles.write(out, stream -> stream.write(SvgRenderer.render(drawing)
                        .getBytes(StandardCharsets.UTF_8)));
            }
        });
    }

    private static SweepAxis axis(String flag, String text, SweepAxis fallback) {
        if (text == null) {
            if (fallback == null) {
                throw new UsageException(flag + ": this optimizer has no default for this axis; give KEY=LO:HI:log|lin:N");
            }
            return fallback;
        }
        try {
            return SweepAxis.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag + ": " + e.getMessage());
        }
    }
}
