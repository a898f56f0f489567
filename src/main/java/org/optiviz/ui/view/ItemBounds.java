package org.optiviz.ui.view;

import java.util.List;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * The pixel box that a layer's paths, markers and labels cover, with room for line widths and halos. The window
 * clips the live canvas to it, so the software pipeline repaints only that box each frame, not the whole plot.
 */
final class ItemBounds {
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    /** The box of the items, or null when they draw nothing. */
    static double[] of(List<Item> items) {
        ItemBounds bounds = new ItemBounds();
        bounds.addAll(items);
        if (bounds.minX > bounds.maxX) {
            return null;
        }
        return new double[] {bounds.minX, bounds.minY, bounds.maxX - bounds.minX, bounds.maxY - bounds.minY};
    }

    private void addAll(List<Item> items) {
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                addAll(group.items());
            } else if (item instanceof Polyline line) {
                double pad = Math.max(line.width(), line.hasHalo() ? line.haloWidth() : 0) / 2 + 1;
                double[] xy = line.xy();
                for (int i = 0; i < line.count(); i++) {
                    double x = xy[2 * i];
                    double y = xy[2 * i + 1];
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        add(x - pad, y - pad, x + pad, y + pad);
                    }
                }
            } else if (item instanceof FilledPath path) {
                double[] xy = path.xy();
                int end = path.ringEnds().length == 0 ? 0 : path.ringEnds()[path.ringEnds().length - 1];
                for (int i = 0; i < end; i++) {
                    add(xy[2 * i] - 1, xy[2 * i + 1] - 1, xy[2 * i] + 1, xy[2 * i + 1] + 1);
                }
            } else if (item instanceof RectShape rect) {
                double pad = rect.strokeWidth() / 2 + 1;
                add(rect.x() - pad, rect.y() - pad, rect.x() + rect.width() + pad, rect.y() + rect.height() + pad);
            } else if (item instanceof Marker marker) {
                double r = marker.size() / 2 + marker.strokeWidth() + 1;
                add(marker.x() - r, marker.y() - r, marker.x() + r, marker.y() + r);
            } else if (item instanceof TextLabel label) {
                double left = label.left();
                double baseline = label.baseline();
                double halo = label.size() / 4 + 2;
                add(left - halo, baseline - TextMetrics.ascent(label.size(), label.bold()) - halo,
                        left + TextMetrics.width(label.text(), label.size(), label.bold()) + halo,
                        baseline + TextMetrics.descent(label.size(), label.bold()) + halo);
            }
        }
    }

    private void add(double x0, double y0, double x1, double y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }
}
