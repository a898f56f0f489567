package org.optiviz.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.optiviz.io.export.Picture;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.ui.view.PlotArea;
import org.optiviz.ui.view.PlotCell;

/**
 * What the window shows, captured on the FX thread for export on another: the plot area's cells as the same plot
 * requests they draw, with the paths copied so the race can go on while the export encodes.
 */
final class WindowPictures {
    private WindowPictures() {
    }

    /**
     * The plot area as a picture, at the size it has on screen.
     *
     * @param decorations whether the legend and the axes are drawn
     * @throws IOException when the plot area is too small to export
     */
    static Picture plot(PlotArea area, boolean decorations) throws IOException {
        double width = Math.floor(area.getWidth());
        double height = Math.floor(area.getHeight());
        List<Picture.Cell> cells = new ArrayList<>();
        int page = 0xFFFFFFFF;
        for (PlotCell cell : area.cells()) {
            if (cell.getWidth() < 16 || cell.getHeight() < 16) {
                continue;
            }
            PlotRequest request = cell.request();
            List<RunTrace> copies = new ArrayList<>();
            for (RunTrace run : request.runs()) {
                copies.add(run.withPoints(Arrays.copyOf(run.xs(), run.count()), Arrays.copyOf(run.ys(), run.count()),
                        run.count(), run.divergedAt()));
            }
            var options = decorations ? request.options() : request.options().withLegend(false).withAxes(false);
            page = options.theme().background();
            cells.add(new Picture.Cell(cell.getLayoutX(), cell.getLayoutY(),
                    request.withRuns(copies).withOptions(options)));
        }
        if (cells.isEmpty() || width < 16 || height < 16) {
            throw new IOException("the plot is too small to export; make the window larger");
        }
        return new Picture(width, height, page, cells);
    }

    /** The whole window as it looks now, at screen resolution. */
    static BufferedImage window(Scene scene) {
        WritableImage shot = scene.snapshot(null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }
}
