package org.optiviz.io.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.chart.LossChart;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Java2dRenderer;

/**
 * Pictures as images, drawn from the plot package's drawings (the same description the window paints) by its
 * Java2D back end: no display needed.
 */
public final class PlotPictures {
    private PlotPictures() {
    }

    /**
     * An opaque image of round(width × scale) × round(height × scale) pixels; text, lines and the heat map are
     * drawn at that resolution, not enlarged.
     */
    public static BufferedImage image(Picture picture, double scale) {
        Picture sharp = picture.mapOptions(o -> o.withRasterScale(scale));
        BufferedImage image = blank(picture, scale);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            for (PlacedPlot cell : sharp.cells()) {
                draw(g, cell, PlotComposer.compose(cell.request()));
            }
            drawCharts(g, picture);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An opaque image of the page colour. */
    static BufferedImage blank(Picture picture, double scale) {
        int w = Math.max(1, (int) Math.round(picture.width() * scale));
        int h = Math.max(1, (int) Math.round(picture.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(picture.background(), false));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    /** Draws the picture's loss charts at their places. */
    static void drawCharts(Graphics2D g, Picture picture) {
        for (Picture.Chart chart : picture.charts()) {
            draw(g, chart.x(), chart.y(), LossChart.compose(chart.request()));
        }
    }

    /** Draws one cell's drawing at its place. */
    static void draw(Graphics2D g, PlacedPlot cell, Drawing drawing) {
        draw(g, cell.x(), cell.y(), drawing);
    }

    private static void draw(Graphics2D g, double x, double y, Drawing drawing) {
        Graphics2D cellGraphics = (Graphics2D) g.create();
        try {
            cellGraphics.translate(x, y);
            drawing.accept(new Java2dRenderer(cellGraphics));
        } finally {
            cellGraphics.dispose();
        }
    }
}
