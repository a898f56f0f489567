package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;

/**
 * The slow, cacheable layer: filled contours, iso-lines and the field's marked points, clipped to the plot area.
 * As a raster the iso-lines are drawn into the heat map's pixels; as vector bands they are paths.
 */
final class BackgroundLayer {
    /** How far (pixels) simplified iso-lines and band outlines may stray from the traced ones: invisible. */
    static final double SIMPLIFY_PX = 0.2;
    private BackgroundLayer() {
    }

    static ClipGroup build(PlotRequest r, ViewTransform t, PlotMetrics layout) {
        if (r.field() instanceof PaintedField painted) {
            return PaintedLayer.build(r, t, layout, painted);
        }
        PlotOptions o = r.options();
        PixelRect area = t.area();
        double rs = o.rasterScale();
        ValueGrid grid = ValueGrid.sample(r.field(), t, o.sampleStep() / rs);
        ContourLevels levels = ContourLevels.choose(grid.values(), r.field().floor());
        List<Item> items = new ArrayList<>();
        PathBuffer[] lines = o.showIsoLines() && levels.count() > 0
                ? simplified(new MarchingSquares(grid.values(), grid.cols(), grid.rows())
                        .trace(levels.levels(), grid.x0(), grid.y0(), grid.step()))
                : new PathBuffer[0];
        double lineWidth = 0.9 * layout.s;
        if (o.fill() == PlotOptions.Fill.RASTER) {
            // Iso-lines go into the heat map's own pixels: one image is far cheaper for a canvas to show.
            int w = (int) Math.ceil(area.width() * rs);
            int h = (int) Math.ceil(area.height() * rs);
            int[] pixels = HeatMap.paint(grid, levels, w, h, rs);
            RasterLines raster = new RasterLines(pixels, w, h);
            for (int k = 0; k < lines.length; k++) {
                raster.add(lines[k], area.x(), area.y(), rs,
                        isoLineTone(levels.t(levels.level(k))), lineWidth * rs);
            }
            raster.finish();
            items.add(new RasterImage(area.x(), area.y(), w / rs, h / rs, w, h, pixels));
        } else {
            int[] bandColors = new int[levels.count()];
            for (int k = 0; k < bandColors.length; k++) {
                bandColors[k] = ColorMap.viridis(levels.bandT(k));
            }
            items.add(RectShape.filled(area.x(), area.y(), area.width(), area.height(),
                    ColorMap.viridis(levels.bandT(levels.count())), "band"));
            items.addAll(FilledBands.regions(grid, levels, bandColors));
            for (int k = 0; k < lines.length; k++) {
                if (lines[k].pathCount() > 0) {
                    double[] xy = lines[k].toPolylineXy();
                    items.add(Polyline.of(xy, xy.length / 2, isoLineColor(levels.t(levels.level(k))), lineWidth,
                            "isoline"));
                }
            }
        }
        marks(r, t, layout, items);
        return new ClipGroup(area.x(), area.y(), area.width(), area.height(), items, "background");
    }

    /** A star on each of the field's marked points (the minima) inside the plot area. */
    static void marks(PlotRequest r, ViewTransform t, PlotMetrics layout, List<Item> items) {
        PixelRect area = t.area();
        for (Point m : r.field().marks()) {
            double px = t.toPixelX(m.x());
            double py = t.toPixelY(m.y());
            if (area.contains(px, py)) {
                items.add(new Marker(MarkerShape.STAR, px, py, 17 * layout.s, Argb.rgb(0xffffff),
                        Argb.rgb(0x202124), 1.3 * layout.s, "minimum"));
            }
        }
    }

    /** Each level's lines simplified, levels in parallel (they are independent). */
    private static PathBuffer[] simplified(PathBuffer[] lines) {
        PathBuffer[] out = new PathBuffer[lines.length];
        IntStream.range(0, lines.length).parallel().forEach(k -> out[k] = lines[k].simplified(SIMPLIFY_PX));
        return out;
    }

    /** Translucent black over the bright end of viridis, translucent white over the dark end. */
    private static int isoLineTone(double t) {
        return Argb.luminance(ColorMap.viridis(t)) > 0.3 ? Argb.withAlpha(0x000000, 0.35)
                : Argb.withAlpha(0xffffff, 0.4);
    }

    /**
     * The same look as an opaque colour for vector lines: an iso-line runs
     * where the heat map has its level's colour, so the tone blended over that colour looks the same, and
     * opaque strokes cost far less on JavaFX's software pipeline.
     */
    private static int isoLineColor(double t) {
        int tone = isoLineTone(t);
        return Argb.mix(ColorMap.viridis(t), tone, Argb.alpha(tone) / 255.0);
    }
}
