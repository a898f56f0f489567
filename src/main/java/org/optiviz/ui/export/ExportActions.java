package org.optiviz.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.TrajectoryCsv;
import org.optiviz.io.export.ExportProgress;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;
import org.optiviz.ui.scenario.FileDialogs;
import org.optiviz.ui.scenario.ScenarioActions;
import org.optiviz.ui.view.PlotArea;
import org.optiviz.ui.view.StatusBar;

/**
 * The Export menu's actions. What to export is captured on the FX thread (copies of the paths); encoding and
 * writing happen on one background thread, so the window stays responsive; the result or the one-line reason it
 * failed goes to the status bar. Files are written through a temporary file, so a failure leaves nothing behind.
 */
public final class ExportActions {
    private final MainViewModel model;
    private final I18n i18n;
    private final StatusBar status;
    private final FileDialogs dialogs;
    private final ScenarioActions scenarios;
    private final PlotArea plot;
    private final GifSettings.Asker gifAsker;
    private final BooleanProperty decorations = new SimpleBooleanProperty(this, "decorations", true);
    private final BooleanProperty lossChart = new SimpleBooleanProperty(this, "lossChart", false);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "export");
        thread.setDaemon(true);
        return thread;
    });
    private GifSettings gifSettings = GifSettings.DEFAULT;
    private Task<?> running;

    public ExportActions(MainViewModel model, I18n i18n, StatusBar status, FileDialogs dialogs,
                         ScenarioActions scenarios, PlotArea plot, GifSettings.Asker gifAsker) {
        this.model = model;
        this.i18n = i18n;
        this.status = status;
        this.dialogs = dialogs;
        this.scenarios = scenarios;
        this.plot = plot;
        this.gifAsker = gifAsker;
    }

    /** The dialog that asks for frame rate and count, for the window. */
    public static GifSettings.Asker dialog(I18n i18n) {
        return new GifDialog(i18n);
    }

    /** Whether plot exports include the legend and the axes (a check item in the menu). */
    public BooleanProperty decorationsProperty() {
        return decorations;
    }

    /** Whether plot exports (PNG, SVG, GIF) add the loss chart below the plot (a check item in the menu). */
    public BooleanProperty lossChartProperty() {
        return lossChart;
    }

    /** The export running now, or null. */
    public Task<?> running() {
        return running;
    }

    public void plotPng(Window owner, int scale) {
        Path file = choose(owner, "png", scale == 1 ? "" : "@" + scale + "x");
        if (file == null) {
            return;
        }
        capture().ifPresent(picture -> run(file, i18n.get("export.working", file.getFileName()), progress -> {
            Exports.png(file, picture, scale);
            return i18n.get("export.saved.size", file.getFileName(), Math.round(picture.width() * scale),
                    Math.round(picture.height() * scale));
        }));
    }

    public void windowPng(Window owner, Scene scene) {
        Path file = choose(owner, "png", "-window", "export.title.window");
        if (file == null) {
            return;
        }
        BufferedImage image = WindowPictures.window(scene);
        run(file, i18n.get("export.working", file.getFileName()), progress -> {
            Exports.png(file, image);
            return i18n.get("export.saved.size", file.getFileName(), image.getWidth(), image.getHeight());
        });
    }

    public void svg(Window owner) {
        Path file = choose(owner, "svg", "");
        if (file == null) {
            return;
        }
        capture().ifPresent(picture -> run(file, i18n.get("export.working", file.getFileName()), progress -> {
            Exports.svg(file, picture);
            return i18n.get("export.saved", file.getFileName());
        }));
    }

    /** An animated GIF from step 0 to the current step, with a progress window that can cancel it. */
    public void gif(Window owner) {
        model.setPlaying(false);
        Optional<GifSettings> chosen = gifAsker.ask(owner, gifSettings, model.getStep());
        if (chosen.isEmpty()) {
            return;
        }
        gifSettings = chosen.get();
        Path file = choose(owner, "gif", "");
        if (file == null) {
            return;
        }
        GifSettings settings = gifSettings;
        capture().ifPresent(picture -> {
            Task<String> task = run(file, i18n.get("export.gif.working", file.getFileName()), progress -> {
                Exports.gif(file, picture, 1, settings.fps(), settings.frames(), progress);
                return i18n.get("export.saved", file.getFileName());
            });
            if (task != null && owner != null && !task.isDone()) {
                new ProgressWindow(owner, i18n, i18n.get("export.gif.title"), task).show();
            }
        });
    }

    /** Every trajectory (shown or hidden) with each optimizer's internals, as the trajectory command writes it. */
    public void csv(Window owner) {
        Path file = choose(owner, "csv", "");
        if (file == null) {
            return;
        }
        // The window keeps paths alone; the internals come from stepping each run again with its settings history.
        List<TrajectoryCsv.Replay> runs = new ArrayList<>();
        for (OptimizerEntry entry : model.entries()) {
            runs.add(TrajectoryCsv.Replay.of(entry.run(), entry.key()));
        }
        RaceSetup ground = model.getSetup();
        Task<String> task = run(file, i18n.get("export.working", file.getFileName()), "export.csv.progress",
                progress -> {
                    Exports.csv(file, ground, runs, progress);
                    return i18n.get("export.saved", file.getFileName());
                });
        if (task != null && owner != null && !task.isDone()) {
            new ProgressWindow(owner, i18n, i18n.get("export.csv.title"), task).show();
        }
    }

    private Optional<Picture> capture() {
        try {
            Picture picture = WindowPictures.plot(plot, decorations.get());
            if (lossChart.get()) {
                double height = Math.max(200, Math.round(picture.height() * 0.3));
                picture = picture.withChartBelow(WindowPictures.lossChart(model, i18n, plot, picture.width(), height));
            }
            return Optional.of(picture);
        } catch (IOException e) {
            status.showError(i18n.get("export.error", e.getMessage()));
            return Optional.empty();
        }
    }

    private Path choose(Window owner, String extension, String suffix) {
        return choose(owner, extension, suffix, "export.title." + extension);
    }

    private Path choose(Window owner, String extension, String suffix, String titleKey) {
        if (running != null && running.isRunning()) {
            status.showError(i18n.get("export.busy"));
            return null;
        }
        String name = "optiviz-" + model.getSurface().key() + suffix + "." + extension;
        Path file = dialogs.save(owner, i18n.get(titleKey), extension,
                scenarios.settingsProperty().get().lastExportFolder(), name);
        if (file != null && file.toAbsolutePath().getParent() != null) {
            scenarios.remember(scenarios.settingsProperty().get()
                    .withLastExportFolder(file.toAbsolutePath().getParent()));
        }
        return file;
    }

    /** The export's work: writes the file and returns the message to show. */
    @FunctionalInterface
    private interface Job {
        String write(ExportProgress progress) throws IOException;
    }

    private Task<String> run(Path file, String working, Job job) {
        return run(file, working, "export.gif.progress", job);
    }

    /** @param progressKey the message showing progress, with {0} done of {1} */
    private Task<String> run(Path file, String working, String progressKey, Job job) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws IOException {
                updateMessage(working);
                return job.write(new ExportProgress() {
                    @Override
                    public void progress(int done, int total) {
                        updateProgress(done, total);
                        updateMessage(i18n.get(progressKey, done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> status.showMessage(task.getValue()));
        task.setOnCancelled(e -> status.showMessage(i18n.get("export.cancelled", file.getFileName())));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                status.showMessage(i18n.get("export.cancelled", file.getFileName()));
            } else {
                String why = error == null || error.getMessage() == null ? String.valueOf(error) : error.getMessage();
                status.showError(i18n.get("export.error", why.replaceAll("\\s*[\\r\\n]+\\s*", " ")));
            }
        });
        status.showMessage(working);
        running = task;
        worker.execute(task);
        return task;
    }

    /** Stops the export thread (the window is closing); an export in progress is cancelled. */
    public void shutdown() {
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }
}
