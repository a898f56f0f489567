package org.optiviz.io.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.io.AtomicFiles;
import org.optiviz.io.TrajectoryCsv;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;
import org.optiviz.plot.draw.SvgRenderer;

/**
 * Every export as a file: PNG, SVG, animated GIF and CSV. Each is written to a temporary file and moved into
 * place, so a failure leaves no partial file; failures are IOExceptions with a one-line message.
 */
public final class Exports {
    /** Largest picture side in pixels after scaling (a 4× export of a 4000-pixel window). */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    /**
     * Most pixels in one PNG (an 8000×8000 picture): drawing one takes about 20 bytes a pixel at its peak, so this
     * stays within the 2 GB Java heap of a machine with 8 GB of memory.
     */
    public static final long MAX_PIXELS = 64L << 20;
    /** Most pixels in one GIF frame (a 4096×4096 one): several frames are drawn and held at once. */
    public static final long MAX_GIF_FRAME_PIXELS = 16L << 20;

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

    /** The picture at this pixel density (2 for a 2× PNG). */
    public static void png(Path file, Picture picture, double scale) throws IOException {
        checkSize(picture.width() * scale, picture.height() * scale, MAX_PIXELS);
        png(file, PlotPictures.image(picture, scale));
    }

    /** The picture as SVG, contours as vector bands. */
    public static void svg(Path file, Picture picture) throws IOException {
        checkSize(picture.width(), picture.height(), MAX_PIXELS);
        writeSvg(file, SvgPictures.svg(picture));
    }

    /** A single drawing (a data view) at this pixel density. */
    public static void png(Path file, Drawing drawing, double scale) throws IOException {
        checkSize(drawing.width() * scale, drawing.height() * scale, MAX_PIXELS);
        png(file, Java2dRenderer.render(drawing, scale));
    }

    /** A single drawing (a data view) as SVG. */
    public static void svg(Path file, Drawing drawing) throws IOException {
        checkSize(drawing.width(), drawing.height(), MAX_PIXELS);
        writeSvg(file, SvgRenderer.render(drawing));
    }

    private static void writeSvg(Path file, String svg) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(svg);
            writer.flush();
        });
    }

    /**
     * An animated GIF of the race from step 0 to the last step of the picture's paths.
     *
     * @throws java.util.concurrent.CancellationException when the progress asks to stop; no file is left
     */
    public static void gif(Path file, Picture picture, double scale, double fps, int frames,
                           ExportProgress progress) throws IOException {
        checkSize(picture.width() * scale, picture.height() * scale, MAX_GIF_FRAME_PIXELS);
        GifFrames source = new GifFrames(picture, scale, frames);
        try (PrefetchedFrames prefetched = new PrefetchedFrames(source, frames)) {
            AtomicFiles.write(file, out -> AnimatedGifWriter.write(out, frames, fps, prefetched,
                    picture.exactColours(), progress));
        }
    }

    /**
     * Runs of a race on this ground with each optimizer's internals, as the trajectory command prints them, stepped
     * again from their settings histories (so the race may go on meanwhile, and memory stays constant).
     */
    public static void csv(Path file, RaceSetup ground, List<TrajectoryCsv.Replay> runs, ExportProgress progress)
            throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TrajectoryCsv.stream(ground, runs, writer, true, new TrajectoryCsv.Progress() {
                @Override
                public void rows(long done, long total) {
                    progress.progress((int) (100 * done / Math.max(1, total)), 100);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            });
            writer.flush();
        });
    }

    /**
     * Why a picture of this many pixels cannot be exported (too wide or tall, or too many pixels for memory), or
     * null when it can.
     */
    public static String sizeProblem(double width, double height, long maxPixels) {
        if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
            return "the picture would be " + Math.round(width) + "×" + Math.round(height) + " pixels; at most "
                    + MAX_PIXELS_PER_SIDE + " per side";
        }
        if (width * height > maxPixels) {
            return "the picture would be " + Math.round(width) + "×" + Math.round(height) + " pixels; at most "
                    + maxPixels + " in all";
        }
        return null;
    }

    private static void checkSize(double width, double height, long maxPixels) throws IOException {
        String problem = sizeProblem(width, height, maxPixels);
        if (problem != null) {
            throw new IOException(problem);
        }
    }
}
