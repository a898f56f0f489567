package org.optiviz.io.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Drawing;

/**
 * The frames of a race animation: frame i shows the race after step round(i · last / (frames − 1)), so the
 * frames spread evenly from step 0 to the last step. The heat map and iso-lines do not change between frames,
 * so they are drawn once; each frame copies them and adds the paths and the decorations (axes, legend) of the
 * final picture on top, so the legend stays put while the paths grow.
 */
final class GifFrames implements IntFunction<BufferedImage> {
    private final Picture picture;
    private final double scale;
    private final int frames;
    private final int last;
    private final List<ViewTransform> transforms = new ArrayList<>();
    private final List<Drawing> decorations = new ArrayList<>();
    private final BufferedImage background;
    private final int[] backgroundPixels;

    GifFrames(Picture full, double scale, int frames) {
        this.picture = full.mapOptions(o -> o.withRasterScale(scale));
        this.scale = scale;
        this.frames = frames;
        this.last = picture.lastStep();
        this.background = PlotPictures.blank(picture, scale);
        Graphics2D g = background.createGraphics();
        try {
            g.scale(scale, scale);
            for (PlacedPlot cell : picture.cells()) {
                ViewTransform t = PlotComposer.transform(cell.request());
                transforms.add(t);
                decorations.add(PlotComposer.decorations(cell.request(), t));
                PlotPictures.draw(g, cell, PlotComposer.background(cell.request(), t));
            }
        } finally {
            g.dispose();
        }
        backgroundPixels = ((DataBufferInt) background.getRaster().getDataBuffer()).getData();
    }

    /** The step shown by frame i. */
    int stepOf(int frame) {
        return frames == 1 ? last : (int) Math.round((double) frame * last / (frames - 1));
    }

    @Override
    public BufferedImage apply(int frame) {
        Picture now = picture.atStep(stepOf(frame));
        BufferedImage image = new BufferedImage(background.getWidth(), background.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(backgroundPixels, 0, pixels, 0, pixels.length); // far faster than setData's generic copy
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            for (int i = 0; i < now.cells().size(); i++) {
                PlacedPlot cell = now.cells().get(i);
                Drawing paths = PlotComposer.trajectories(cell.request(), transforms.get(i));
                PlotPictures.draw(g, cell, Drawing.layered(paths, decorations.get(i)));
            }
            PlotPictures.drawCharts(g, now);
        } finally {
            g.dispose();
        }
        return image;
    }
}
