package org.optiviz.cli;

import java.nio.file.Path;
import org.optiviz.io.export.DataViewPictures;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.Theme;
import org.optiviz.plot.data.DataView;
import org.optiviz.plot.draw.Drawing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Draws a race as the window shows it after its last step, as PNG or SVG, with no display needed; a long race shows
 * its steps' progress on standard error. A scenario in the map layout is drawn with the window's refined maps.
 */
@Command(name = "render", description = "Draw the race after its last step as PNG or SVG (by the --out "
        + "extension), as the window shows it (a scenario in the map layout: every shown optimizer's convergence "
        + "map, refined as the window refines it), or its loss chart (--loss), or for a model fitted to data its "
        + "data view (--data-view); needs no display. Without --steps (or --scenario) the race runs as many steps "
        + "as the surface's default race.")
final class RenderCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioFlags scenarioFlags;

    @Mixin
    PictureOptions picture;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "plot.png or plot.svg")
    Path out;

    @Option(names = "--arrows", description = "draw each optimizer's latest step taken apart: −lr·g, its momentum "
            + "or first moment, the step, NAG's look-ahead point and the step size per axis of adaptive methods")
    boolean arrows;

    @Option(names = "--data-view", description = "draw the data view instead of the plot (with --data): the "
            + "data's points, the last step's minibatch and each shown optimizer's model (its line, or its sigmoid) "
            + "after the last step, as under the window's plot")
    boolean dataView;

    @Override
    public void run() {
        String format = OutFlag.extension(out, "png", "svg");
        picture.check(Exports.MAX_PIXELS);
        Scenario scenario = scenarioFlags.scenario(spec);
        if (dataView) {
            renderDataView(scenario, format);
            return;
        }
        StderrProgress progress = StderrProgress.of(spec.commandLine().getErr(), spec.name() + ": step");
        Picture drawn;
        try {
            drawn = picture.picture(scenario, progress, arrows);
        } finally {
            progress.close();
        }
        picture.export(() -> {
            if (format.equals("png")) {
                Exports.png(out, drawn, picture.scale);
            } else {
                Exports.svg(out, drawn);
            }
        });
    }

    /** The data view of a data problem's race after its last step, as the window draws it. */
    private void renderDataView(Scenario scenario, String format) {
        if (picture.loss || arrows) {
            throw new UsageException("--data-view: draws the data view alone; leave out " + (arrows ? "--arrows"
                    : "--loss"));
        }
        if (!(scenario.surface() instanceof org.optiviz.core.data.DataModel)) {
            throw new UsageException("--data-view: only a model fitted to data has a data view; give --data "
                    + "NAME|FILE.csv (or a scenario of one)");
        }
        Runtime runtime = Runtime.getRuntime();
        picture.checkMemory(scenario, runtime.maxMemory(), runtime.totalMemory() - runtime.freeMemory());
        StderrProgress progress = StderrProgress.of(spec.commandLine().getErr(), spec.name() + ": step");
        Drawing drawing;
        try {
            drawing = DataView.compose(DataViewPictures.after(scenario, progress, picture.width, picture.height,
                    Theme.LIGHT, 1));
        } finally {
            progress.close();
        }
        picture.export(() -> {
            if (format.equals("png")) {
                Exports.png(out, drawing, picture.scale);
            } else {
                Exports.svg(out, drawing);
            }
        });
    }
}
