package org.optiviz.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.optiviz.io.export.Picture;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.Theme;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.LossChartRequests;
import org.optiviz.ui.view.PlotArea;

/**
 * What the window shows, captured on the FX thread for export on another: the plot area's cells as the same plot
 * requests they draw. Their paths are fixed views of what was recorded, so the race can go on while the export
 * encodes.
 */
final class WindowPictures {
    private WindowPictures() {
    }

    /**
     * The plot area as a picture, at the size it has on screen, placed and ordered exactly as the window draws it.
     *
     * @param decorations whether the legend and the axes are drawn
     * @throws IOException when the plot area is too small to export
     */
    static Picture plot(PlotArea area, boolean decorations) throws IOException {
        double width = Math.floor(area.getWidth());
        double height = Math.floor(area.getHeight());
        if (width < 16 || height < 16) {
            throw new IOException("the plot is too small to export; make the window larger");
        }
        List<PlacedPlot> cells = new ArrayList<>();
        for (PlacedPlot cell : area.plots()) {
            PlotRequest request = cell.request();
            PlotOptions options = decorations ? request.options()
                    : request.options().withLegend(false).withAxes(false);
            cells.add(new PlacedPlot(cell.x(), cell.y(), request.withOptions(options)));
        }
        return new Picture(width, height, area.pageColor(), cells);
    }

    /**
     * The loss chart of the window's visible runs at this size in the plot's theme, the losses as recorded now; what is
     * left to compute (full-batch losses of a minibatch race) is computed when the supplier is called, off the
     * window thread.
     */
    static Supplier<LossChartRequest> lossChart(MainViewModel model, I18n i18n, PlotArea area, double width,
                                                double height) {
        Theme theme = area.pageColor() == Theme.DARK.background() ? Theme.DARK : Theme.LIGHT;
        return LossChartRequests.exported(model, i18n, theme, width, height);
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
