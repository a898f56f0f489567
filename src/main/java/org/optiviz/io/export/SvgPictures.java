package org.optiviz.io.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optiviz.io.export.Picture.Cell;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.draw.SvgRenderer;

/**
 * A picture as an SVG document from the plot package's SVG back end: filled contours as vector bands, iso-lines,
 * paths, markers, axes, legend and text as real elements. A grid nests one {@code <svg>} per cell, placed with
 * x and y, which browsers and Inkscape both honour.
 */
public final class SvgPictures {
    private static final Pattern ROOT = Pattern.compile("<svg\\b");
    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml[^>]*\\?>\\s*");
    private static final Pattern ID = Pattern.compile("( id=\"|url\\(#)([A-Za-z][\\w-]*)");

    private SvgPictures() {
    }

    public static String svg(Picture picture) {
        Picture vector = picture.mapOptions(o -> o.withFill(PlotOptions.Fill.BANDS));
        List<Cell> cells = vector.cells();
        if (cells.size() == 1 && cells.get(0).x() == 0 && cells.get(0).y() == 0
                && cells.get(0).request().width() == picture.width()
                && cells.get(0).request().height() == picture.height()) {
            return SvgRenderer.render(PlotComposer.compose(cells.get(0).request()));
        }
        String width = num(picture.width());
        String height = num(picture.height());
        StringBuilder doc = new StringBuilder(1 << 20);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"")
                .append(String.format("#%06x", picture.background() & 0xFFFFFF)).append("\"/>\n");
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String inner = SvgRenderer.render(PlotComposer.compose(cell.request()));
            inner = DECLARATION.matcher(inner).replaceFirst("");
            inner = ROOT.matcher(inner).replaceFirst("<svg x=\"" + num(cell.x()) + "\" y=\"" + num(cell.y()) + "\"");
            doc.append(prefixIds(inner, "cell" + (i + 1) + "-"));
        }
        doc.append("</svg>\n");
        return doc.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Ids must be unique in the whole document, and every cell's renderer numbers its clip paths from 1. */
    static String prefixIds(String svg, String prefix) {
        Matcher m = ID.matcher(svg);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + prefix + r.group(2)));
    }
}
