package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/** The background and the colour key of a {@link PaintedField}: its colours pixel by pixel, and a key box. */
final class PaintedLayer {
    private PaintedLayer() {
    }

    /** The field's colour at every raster pixel's centre, then the field's marked points; clipped. */
    static ClipGroup build(PlotRequest r, ViewTransform t, PlotMetrics layout, PaintedField field) {
        PixelRect area = t.area();
        double rs = r.options().rasterScale();
        int w = (int) Math.ceil(area.width() * rs);
        int h = (int) Math.ceil(area.height() * rs);
        int[] pixels = new int[w * h];
        IntStream.range(0, h).parallel().forEach(py -> {
            double y = t.toWorldY(area.y() + (py + 0.5) / rs);
            for (int px = 0; px < w; px++) {
                pixels[py * w + px] = field.color(t.toWorldX(area.x() + (px + 0.5) / rs), y);
            }
        });
        List<Item> items = new ArrayList<>();
        items.add(new RasterImage(area.x(), area.y(), w / rs, h / rs, w, h, pixels));
        BackgroundLayer.marks(r, t, layout, items);
        return new ClipGroup(area.x(), area.y(), area.width(), area.height(), items, "background");
    }

    /** The corner of the plot area (lower left first) where a box of w × h covers the fewest path points. */
    private static double[] quietestCorner(List<RunTrace> runs, ViewTransform t, double w, double h, double margin) {
        PixelRect a = t.area();
        double[][] corners = {
            {a.x() + margin, a.bottom() - margin - h},
            {a.right() - margin - w, a.bottom() - margin - h},
            {a.x() + margin, a.y() + margin},
            {a.right() - margin - w, a.y() + margin}};
        double[] best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (double[] c : corners) {
            long inside = 0;
            for (RunTrace run : runs) {
                for (int i = 0; i < run.count(); i++) {
                    double px = t.toPixelX(run.xs().get(i));
                    double py = t.toPixelY(run.ys().get(i));
                    if (px >= c[0] && px <= c[0] + w && py >= c[1] && py <= c[1] + h) {
                        inside++;
                    }
                }
            }
            if (inside < fewest) {
                fewest = inside;
                best = c;
            }
        }
        return best;
    }

    /** The key in the plot area's quietest corner: a swatch and a label per entry, in a translucent box. */
    static void key(PaintedField field, List<RunTrace> runs, ViewTransform t, PlotMetrics layout, PlotOptions o,
                    List<Item> items) {
        List<PaintedField.KeyEntry> key = field.key();
        if (key.isEmpty()) {
            return;
        }
        Theme theme = o.theme();
        double s = layout.s;
        double font = layout.labelFont * 0.85;
        double row = font * 1.35;
        double pad = 6 * s;
        double swatch = font;
        double textWidth = 0;
        for (PaintedField.KeyEntry entry : key) {
            textWidth = Math.max(textWidth, TextMetrics.width(entry.label(), font, false));
        }
        double w = pad + swatch + 5 * s + textWidth + pad;
        double h = 2 * pad + row * key.size() - (row - font);
        PixelRect a = t.area();
        double margin = 6 * s;
        if (w + 2 * margin > a.width() || h + 2 * margin > a.height()) {
            return;
        }
        double[] corner = quietestCorner(runs, t, w, h, margin);
        double x = corner[0];
        double y = corner[1];
        items.add(new RectShape(x, y, w, h, theme.legendFill(), theme.legendBorder(), s, 4 * s, "key"));
        for (int i = 0; i < key.size(); i++) {
            PaintedField.KeyEntry entry = key.get(i);
            double top = y + pad + i * row;
            items.add(new RectShape(x + pad, top, swatch, swatch, entry.color(), theme.axis(), 0.6 * s, 0,
                    "key-swatch"));
            items.add(new TextLabel(x + pad + swatch + 5 * s, top + swatch / 2, entry.label(), font, false,
                    TextLabel.HAlign.LEFT, TextLabel.VAlign.CENTER, theme.text(), 0, "key-label"));
        }
    }
}
