package org.optiviz.io.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.optiviz.io.export.PlotCells.Cell;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;

/**
 * The frames of a race animation: frame i shows the race after step round(i · last / (frames − 1)), so the
 * frames spread evenly from step 0 to the last step. The heat map and iso-lines do not change between frames,
 * so they are drawn once and each frame copies them and adds the paths and the decorations (axes, legend) of
 * the final picture on top, so the legend stays put while the paths grow.
 */
final class GifFrames implements IntFunction<BufferedImage> {
    private final RaceSnapshot snapshot;
    private final PlotOptions options;
    private final int frames;
    private final int last;
    private final List<Cell> cells;
    private final List<ViewTransform> transforms = new ArrayList<>();
    private final List<Drawing> decorations = new ArrayList<>();
    private final BufferedImage background;

    private final int width;
    private final int height;
    private final double scale;

    GifFrames(RaceSnapshot snapshot, int width, int height, double scale, int frames, PlotOptions options) {
        this.snapshot = snapshot;
        this.options = options.withRasterScale(scale);
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.frames = frames;
        this.last = snapshot.lastStep();
        this.cells = PlotCells.of(snapshot, width, height, this.options);
        this.background = PlotPictures.blank(width, height, scale, options);
        Graphics2D g = background.createGraphics();
        try {
            g.scale(scale, scale);
            for (Cell cell : cells) {
                ViewTransform t = PlotComposer.transform(cell.request());
                transforms.add(t);
                decorations.add(PlotComposer.decorations(cell.request(), t));
                PlotPictures.draw(g, cell, PlotComposer.background(cell.request(), t));
            }
        } finally {
            g.dispose();
        }
    }

    /** The step shown by frame i. */
    int stepOf(int frame) {
        return frames == 1 ? last : (int) Math.round((double) frame * last / (frames - 1));
    }

    @Override
    public BufferedImage apply(int frame) {
        RaceSnapshot now = snapshot.atStep(stepOf(frame));
        List<Cell> nowCells = PlotCells.of(now, width, height, options);
        BufferedImage image = new BufferedImage(background.getWidth(), background.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        image.setData(background.getRaster());
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                PlotRequest request = nowCells.get(i).request();
                Drawing paths = PlotComposer.trajectories(request, transforms.get(i));
                PlotPictures.draw(g, cell, Drawing.layered(paths, decorations.get(i)));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
