package org.optiviz.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.optiviz.core.batch.BatchJob;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.TuningCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Chooses each optimizer's learning rate by a documented criterion, and shows the table it chose from. */
@Command(name = "tune", description = "Choose each optimizer's learning rate fairly: every lr of a log grid "
        + "(4 per decade from 1e-5 to the top of its range) runs --steps steps from " + LrTuning.STARTS + " starts "
        + "near the start (with as many seeds when there is noise or minibatches); the lr with the lowest mean final "
        + "loss above the floor wins, a diverging run ruling its lr out. Prints the table (CSV: "
        + TuningCsv.HEADER + ") and one line per optimizer on stderr.")
final class TuneCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RaceOptions race;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads; default: one per processor")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "write the table here instead of stdout (.csv)")
    Path out;

    @Override
    public void run() {
        if (out != null) {
            OutFlag.extension(out, "csv");
        }
        RaceSetup setup = race.toSetup();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new UsageException("--threads: " + workers + " is outside 1..256");
        }
        for (RaceSetup.RunSetup run : setup.runs()) {
            if (!run.params().has("lr")) {
                throw new UsageException("--optimizer: " + run.kind().key() + " has no learning rate to tune");
            }
            MemoryCheck.require("--optimizer", BatchJob.bytesFor(run.kind(),
                    (long) LrTuning.candidates(run.params()).length * LrTuning.STARTS));
        }
        boolean stochastic = setup.noiseSigma() > 0
                || setup.surface() instanceof DataModel model && model.batchSize() < model.data().size();
        PrintWriter err = spec.commandLine().getErr();
        StderrProgress progress = StderrProgress.of(err, "tune");
        List<LrTuning> tunings = new ArrayList<>();
        try (Interruptible interrupt = new Interruptible()) {
            int count = setup.runs().size();
            for (RaceSetup.RunSetup run : setup.runs()) {
                int index = tunings.size();
                tunings.add(LrTuning.compute(setup.surface(), setup.noiseSigma(), setup.noiseSeed(), stochastic,
                        run.kind(), run.params(), setup.start(), setup.surface().defaultView(), race.steps, workers,
                        interrupt::cancelled, (done, total) -> progress.progress(
                                (int) Math.round(1000.0 * (index + (double) done / total) / count), 1000)));
            }
        } catch (CancellationException e) {
            progress.close();
            err.println(spec.name() + ": cancelled; nothing written");
            return;
        }
        progress.close();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            OutFlag.write(() -> TuningCsv.write(tunings, stdout));
            stdout.flush();
        } else {
            OutFlag.write(() -> AtomicFiles.write(out, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                TuningCsv.write(tunings, writer);
                writer.flush();
            }));
        }
        for (LrTuning tuning : tunings) {
            double best = tuning.criterion()[tuning.chosen()];
            err.println(String.format(Locale.ROOT, "%s: lr %s (mean final f - f_min %s%s)", tuning.kind().key(),
                    tuning.chosenLr(), best, Double.isInfinite(best) ? "; every lr diverged" : ""));
        }
    }
}
