package org.optiviz.cli;

import java.nio.file.Path;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.io.scenario.Scenario;
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
        + "map, refined as the window refines it), or its loss chart (--loss); needs no display. Without --steps (or "
        + "--scenario) the race runs as many steps as the surface's default race.")
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

    @Override
    public void run() {
        String format = OutFlag.extension(out, "png", "svg");
        picture.check(Exports.MAX_PIXELS);
        Scenario scenario = scenarioFlags.scenario(spec);
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
}
