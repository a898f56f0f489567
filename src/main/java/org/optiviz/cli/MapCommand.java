package org.optiviz.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.optiviz.core.batch.BatchJob;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.batch.StartGrid;
import org.optiviz.core.param.DecimalText;
import org.optiviz.core.race.Column;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.MapCsv;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.plot.MapField;
import org.optiviz.plot.MapSet;
import org.optiviz.plot.Palette;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.view.Layout;
import org.optiviz.plot.view.PlotScene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where each optimizer ends from every start of a grid over the view: CSV, or the maps drawn as PNG or SVG. */
@Command(name = "map", description = "Run each optimizer from every start of a WxH grid over the view for --steps "
        + "steps and write where each run ended (CSV: " + MapCsv.HEADER + "), or draw the convergence maps (PNG, "
        + "SVG: hue = which minimum, paler = settled later, grey = not settled, dark = diverged).")
final class MapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RaceOptions race;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "128x128",
            description = "starts across and down, each 1.." + StartGrid.MAX_SIDE + "; default ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--view", paramLabel = "XMIN,XMAX,YMIN,YMAX", description = "where the starts lie; default: "
            + "the surface's view")
    String view;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-6", description = "settle tolerance: a run has "
            + "settled once no later step moves it more than T·(1 + |x| + |y|) (|Δx| + |Δy|); default ${DEFAULT-VALUE}")
    double tolerance;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads; default: one per processor")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "map.csv, map.png or map.svg")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1000", description = "picture width in pixels")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "800", description = "picture height in pixels")
    int height;

    @Override
    public void run() {
        String format = OutFlag.extension(out, "csv", "png", "svg");
        if (race.start != null) {
            throw new UsageException("--start: a map starts from every cell of --size over --view");
        }
        RaceSetup setup = race.toSetup();
        ViewBox box = view == null ? setup.surface().defaultView() : ViewOptions.parseView(view);
        StartGrid grid = parseSize(box);
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new UsageException("--tol: " + tolerance + " is not allowed; use a finite number >= 0");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new UsageException("--threads: " + workers + " is outside 1..256");
        }
        if (!format.equals("csv")) {
            PictureChecks.size(width, height);
        }
        long largest = 0;
        for (RaceSetup.RunSetup run : setup.runs()) {
            largest = Math.max(largest, BatchJob.bytesFor(run.kind(), grid.size()));
        }
        MemoryCheck.require("--size " + size, largest + (long) grid.size() * setup.runs().size() * 64);
        List<ConvergenceMap> maps = compute(setup, grid, workers);
        if (maps == null) {
            return;
        }
        OutFlag.write(() -> {
            if (format.equals("csv")) {
                AtomicFiles.write(out, stream -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                    MapCsv.write(maps, writer);
                    writer.flush();
                });
            } else {
                Picture picture = picture(setup, box, maps);
                if (format.equals("png")) {
                    Exports.png(out, picture, 1);
                } else {
                    Exports.svg(out, picture);
                }
            }
        });
    }

    /** Every optimizer's map in turn, progress on stderr; null when Ctrl+C stopped it (said on stderr). */
    private List<ConvergenceMap> compute(RaceSetup setup, StartGrid grid, int workers) {
        StderrProgress progress = StderrProgress.of(spec.commandLine().getErr(), "map");
        List<ConvergenceMap> maps = new ArrayList<>();
        int total = setup.runs().size() * grid.size();
        try (Interruptible interrupt = new Interruptible()) {
            for (RaceSetup.RunSetup run : setup.runs()) {
                int before = maps.size() * grid.size();
                maps.add(ConvergenceMap.compute(setup.surface(), setup.noiseSigma(), setup.noiseSeed(), run.kind(),
                        run.params(), grid, race.steps, tolerance, workers, interrupt::cancelled,
                        (done, all) -> progress.progress(before + (int) (done / Math.max(1, race.steps)), total)));
            }
        } catch (CancellationException e) {
            progress.close();
            spec.commandLine().getErr().println(spec.name() + ": cancelled; nothing written");
            spec.commandLine().getErr().flush();
            return null;
        }
        progress.close();
        return maps;
    }

    private StartGrid parseSize(ViewBox box) {
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                return new StartGrid(box, Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException("--size: expected WxH with each 1.." + StartGrid.MAX_SIDE + ", got "
                + DecimalText.quote(size));
    }

    private Picture picture(RaceSetup setup, ViewBox box, List<ConvergenceMap> maps) {
        Map<String, MapField> fields = new LinkedHashMap<>();
        List<RunTrace> runs = new ArrayList<>();
        for (ConvergenceMap map : maps) {
            fields.put(map.kind().key(), new MapField(setup.surface(), map, MapField.Words.ENGLISH));
            runs.add(new RunTrace(map.kind().key(), map.kind().displayName(), Palette.color(map.kind()),
                    Column.of(), Column.of(), 0, -1));
        }
        PlotScene scene = new PlotScene(new MapSet(setup.surface(), fields), box, runs, null, null);
        String problem = Layout.MAP.view().sizeProblem(scene, width, height);
        if (problem != null) {
            throw new UsageException("--width " + width + " --height " + height + ": " + problem);
        }
        PlotOptions look = PlotOptions.defaults();
        return new Picture(width, height, look.theme().background(), Layout.MAP.view().plots(scene, width, height,
                look));
    }
}
