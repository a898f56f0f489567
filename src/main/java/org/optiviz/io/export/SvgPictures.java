package org.optiviz.io.export;

import java.util.List;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.chart.LossChart;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.SvgRenderer;

/**
 * A picture as an SVG document from the plot package's SVG back end: filled contours as vector bands, iso-lines,
 * paths, markers, axes, legend and text as real elements. A page of several plots is one flat document, each plot
 * a group moved into place ({@code <g transform="translate(x y)">}), which every renderer honours.
 */
public final class SvgPictures {
    private SvgPictures() {
    }

    public static String svg(Picture picture) {
        Picture vector = picture.mapOptions(o -> o.withFill(PlotOptions.Fill.BANDS));
        List<PlacedPlot> cells = vector.cells();
        if (picture.charts().isEmpty() && cells.size() == 1 && cells.get(0).x() == 0 && cells.get(0).y() == 0
                && cells.get(0).request().width() == picture.width()
                && cells.get(0).request().height() == picture.height()) {
            return SvgRenderer.render(PlotComposer.compose(cells.get(0).request()));
        }
        StringBuilder doc = new StringBuilder(1 << 20);
        SvgRenderer.open(doc, picture.width(), picture.height());
        doc.append("<rect class=\"page\" width=\"100%\" height=\"100%\" fill=\"")
                .append(Argb.hex(picture.background())).append("\"/>\n");
        for (int i = 0; i < cells.size(); i++) {
            PlacedPlot cell = cells.get(i);
            SvgRenderer.appendGroup(doc, PlotComposer.compose(cell.request()), cell.x(), cell.y());
        }
        for (Picture.Chart chart : picture.charts()) {
            SvgRenderer.appendGroup(doc, LossChart.compose(chart.request()), chart.x(), chart.y());
        }
        doc.append("</svg>\n");
        return doc.toString();
    }
}
