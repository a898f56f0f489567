package org.optiviz.cli;

import java.util.Locale;
import org.optiviz.io.export.ArrowPictures;
import org.optiviz.io.export.ExportProgress;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.io.export.PlotCells;
import org.optiviz.io.export.RaceSnapshot;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.Theme;
import picocli.CommandLine.Option;

/** The size and look of an exported picture. */
public class PictureOptions {
    /** Below this the axes' labels leave next to no room for the plot. */
    static final int MIN_SIDE = 100;
    /** An 8000×8000 picture at scale 1 is about the most pixels an export takes ({@link Exports#MAX_PIXELS}). */
    static final int MAX_SIDE = 8000;
    /** A quarter keeps the smallest picture 25 pixels across; below that nothing in it can be made out. */
    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 8;
    /**
     * Bytes a picture's pixel costs while it is drawn and written: the ARGB image, the contour raster beneath it and
     * the encoder's copy.
     */
    static final long BYTES_PER_PIXEL = 12;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1000",
            description = "picture width in pixels before --scale; default ${DEFAULT-VALUE}")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "800",
            description = "picture height in pixels before --scale; default ${DEFAULT-VALUE}")
    int height;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "1",
            description = "pixel density: 2 draws text, lines and contours at twice the resolution (a 2000×1600 "
                    + "PNG by default), 0.25..8; default ${DEFAULT-VALUE}")
    double scale;

    @Option(names = "--no-legend", description = "leave out the legend")
    boolean noLegend;

    @Option(names = "--no-axes", description = "leave out the axes, ticks and labels")
    boolean noAxes;

    @Option(names = "--loss", description = "draw the loss chart (every shown optimizer's loss against step) "
            + "instead of the plot")
    boolean loss;

    /**
     * Checks the size flags, each alone and together against the export's limit of pixels; throws
     * {@link UsageException} naming the first bad one.
     */
    void check(long maxPixels) {
        checkSide("--width", width);
        checkSide("--height", height);
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new UsageException("--scale: " + scale + " is outside [" + MIN_SCALE + ", " + (int) MAX_SCALE + "]");
        }
        String problem = Exports.sizeProblem(width * scale, height * scale, maxPixels);
        if (problem != null) {
            throw new UsageException(sizeFlags() + ": " + problem);
        }
    }

    /**
     * Runs an export of a picture of this size: a failed write names --out, and a lack of memory (the limits
     * leave room on a common machine, not on every one) names the size flags rather than ending in a stack trace.
     */
    void export(OutFlag.Write write) {
        try {
            OutFlag.write(write);
        } catch (OutOfMemoryError e) {
            throw new UsageException(sizeFlags() + ": not enough memory for a picture this large; make it smaller, "
                    + "or give Java more memory (java -Xmx4g -jar ...)");
        }
    }

    private String sizeFlags() {
        return "--width " + width + " --height " + height + " --scale " + scale;
    }

    /** Refuses, in one line, a race and picture that need more memory than Java may still take. */
    void checkMemory(Scenario scenario, long maxMemory, long used) {
        long picture = Math.round(width * scale * height * scale) * BYTES_PER_PIXEL;
        long needed = RaceSnapshot.bytesToRun(scenario) + picture;
        long free = maxMemory - used;
        if (needed > free) {
            throw new UsageException(String.format(Locale.ROOT, "%d optimizers × %d steps and a %d×%d picture need "
                    + "about %d MB, more than the %d MB Java has left; use fewer --steps, or give Java more memory "
                    + "(java -Xmx%dm -jar ...)", scenario.race().runs().size(), scenario.stepLimit(),
                    Math.round(width * scale), Math.round(height * scale), megabytes(needed), megabytes(free),
                    megabytes(maxMemory + needed - free) * 5 / 4));
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static void checkSide(String flag, int value) {
        if (value < MIN_SIDE || value > MAX_SIDE) {
            throw new UsageException(flag + ": " + value + " is outside " + MIN_SIDE + ".." + MAX_SIDE);
        }
    }

    /**
     * The scenario's race laid out at the chosen size and look; the race's steps are reported to {@code stepping}.
     * A race whose paths cannot fit in the memory Java has left is refused before it starts.
     */
    Picture picture(Scenario scenario, ExportProgress stepping) {
        return picture(scenario, stepping, false);
    }

    /** As {@link #picture(Scenario, ExportProgress)}, with the arrows of the last steps when asked. */
    Picture picture(Scenario scenario, ExportProgress stepping, boolean arrows) {
        if (arrows && loss) {
            throw new UsageException("--arrows: the arrows are drawn on the plot, not on the loss chart (--loss)");
        }
        Runtime runtime = Runtime.getRuntime();
        checkMemory(scenario, runtime.maxMemory(), runtime.totalMemory() - runtime.freeMemory());
        PlotOptions look = PlotOptions.defaults().withLegend(!noLegend).withAxes(!noAxes);
        org.optiviz.plot.VectorOverlay[] lastSteps = new org.optiviz.plot.VectorOverlay[1];
        RaceSnapshot snapshot = RaceSnapshot.run(scenario, stepping,
                race -> lastSteps[0] = arrows ? ArrowPictures.of(race) : null);
        if (loss) {
            boolean data = scenario.surface() instanceof org.optiviz.core.data.DataModel;
            String title = scenario.surface().minima().isEmpty() ? "f (signed log scale)" : "f − f_min (log scale)";
            return Picture.chart(snapshot.lossChart(width, height, Theme.LIGHT, 1, "step",
                    data ? title + ", full-batch loss" : title));
        }
        String problem = PlotCells.sizeProblem(snapshot, width, height);
        if (problem != null) {
            throw new UsageException("--width " + width + " --height " + height + ": " + problem);
        }
        Picture plots = PlotCells.of(snapshot, width, height, look);
        return lastSteps[0] != null ? ArrowPictures.with(plots, lastSteps[0]) : plots;
    }
}
