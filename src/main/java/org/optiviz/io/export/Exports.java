package org.optiviz.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.optiviz.core.race.Race;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.TrajectoryCsv;
import org.optiviz.plot.PlotOptions;

/**
 * Every export as a file: PNG, SVG, animated GIF and CSV. Each is written to a temporary file and moved into
 * place, so a failure leaves no partial file; failures are IOExceptions with a one-line message.
 */
public final class Exports {
    /** Largest picture side in pixels after scaling (a 4× export of a 4000-pixel window). */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;

    static {
        ImageIO.setUseCache(false); // encode in memory, not through a temporary file of ImageIO's own
    }

    private Exports() {
    }

    public static void png(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java runtime has no PNG writer");
            }
        });
    }

    public static void png(Path file, RaceSnapshot snapshot, int width, int height, double scale,
                           PlotOptions options) throws IOException {
        checkSize(width * scale, height * scale);
        png(file, PlotPictures.image(snapshot, width, height, scale, options));
    }

    public static void svg(Path file, RaceSnapshot snapshot, int width, int height, PlotOptions options)
            throws IOException {
        checkSize(width, height);
        String svg = SvgPictures.svg(snapshot, width, height, options);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(svg);
            writer.flush();
        });
    }

    /**
     * An animated GIF of the race from step 0 to its last step.
     *
     * @throws java.util.concurrent.CancellationException when the progress asks to stop; no file is left
     */
    public static void gif(Path file, RaceSnapshot snapshot, int width, int height, double scale, double fps,
                           int frames, PlotOptions options, ExportProgress progress) throws IOException {
        checkSize(width * scale, height * scale);
        GifFrames source = new GifFrames(snapshot, width, height, scale, frames, options);
        int[] exact = new int[snapshot.colours().length + 1];
        System.arraycopy(snapshot.colours(), 0, exact, 0, exact.length - 1);
        exact[exact.length - 1] = options.theme().background() & 0xFFFFFF;
        AtomicFiles.write(file, out -> AnimatedGifWriter.write(out, frames, fps, source, exact, progress));
    }

    /** Every run's trajectory with each optimizer's internals, as the trajectory command prints them. */
    public static void csv(Path file, Race race) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TrajectoryCsv.write(race, writer, true);
            writer.flush();
        });
    }

    private static void checkSize(double width, double height) throws IOException {
        if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
            throw new IOException("the picture would be " + Math.round(width) + "×" + Math.round(height)
                    + " pixels; at most " + MAX_PIXELS_PER_SIDE + " per side");
        }
    }
}
