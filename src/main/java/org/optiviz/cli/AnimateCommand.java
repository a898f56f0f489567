package org.optiviz.cli;

import java.nio.file.Path;
import org.optiviz.io.export.AnimatedGifWriter;
import org.optiviz.io.export.Exports;
import org.optiviz.io.export.Picture;
import org.optiviz.io.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Animates a race from step 0 to its last step as a looping GIF, with no display needed. */
@Command(name = "animate", description = "Animate the race from step 0 to its last step as a looping GIF; "
        + "the frames are spread evenly over the steps and the last one is held for a moment. Without --steps (or "
        + "--scenario) the race runs as many steps as the surface's default race.")
final class AnimateCommand implements Runnable {
    /** 100 seconds at the default 20 frames a second: longer than any race needs to be watched. */
    static final int MAX_FRAMES = 2000;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioFlags scenarioFlags;

    @Mixin
    PictureOptions picture;

    @Option(names = "--out", paramLabel = "FILE.gif", required = true, description = "race.gif")
    Path out;

    @Option(names = "--fps", paramLabel = "F", defaultValue = "20",
            description = "frames per second, 1.." + AnimatedGifWriter.MAX_FPS + "; default ${DEFAULT-VALUE}")
    double fps;

    @Option(names = "--frames", paramLabel = "K", defaultValue = "100",
            description = "number of frames, 2.." + MAX_FRAMES + "; default ${DEFAULT-VALUE}")
    int frames;

    @Override
    public void run() {
        OutFlag.extension(out, "gif");
        picture.check(Exports.MAX_GIF_FRAME_PIXELS);
        if (!(fps >= 1 && fps <= AnimatedGifWriter.MAX_FPS)) {
            throw new UsageException("--fps: " + fps + " is outside 1.." + AnimatedGifWriter.MAX_FPS);
        }
        if (frames < 2 || frames > MAX_FRAMES) {
            throw new UsageException("--frames: " + frames + " is outside 2.." + MAX_FRAMES);
        }
        Scenario scenario = scenarioFlags.scenario(spec);
        StderrProgress stepping = StderrProgress.of(spec.commandLine().getErr(), spec.name() + ": step");
        StderrProgress progress = StderrProgress.of(spec.commandLine().getErr(), spec.name() + ": frame");
        try {
            picture.export(() -> {
                Picture drawn = picture.picture(scenario, stepping);
                stepping.close();
                Exports.gif(out, drawn, picture.scale, fps, frames, progress);
            });
        } finally {
            stepping.close();
            progress.close();
        }
    }
}
