package org.optiviz.plot;

import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;

/**
 * Where the background layer's time goes: {@code BackgroundPhaseBench} times each phase of
 * {@link BackgroundLayer#build} alone (median ms after warm-up) for the 1000×800 plot area of
 * {@link PlotBench}, f sampled every 2 px: sampling f, choosing levels, painting the heat map, tracing
 * iso-lines, simplifying them, drawing them into the raster. Run like {@link PlotBench}.
 */
public final class BackgroundPhaseBench {
    private BackgroundPhaseBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.out.println("median ms: sample  levels  paint  trace  simplify  lines  | whole layer");
        for (Surface surface : Surfaces.all()) {
            PlotRequest r = PlotBench.plotAreaRequest(surface, 2);
            ViewTransform t = PlotComposer.transform(r);
            PixelRect area = t.area();
            double step = r.options().sampleStep();
            ValueGrid grid = ValueGrid.sample(Field.of(surface), t, step);
            ContourLevels levels = ContourLevels.choose(grid.values(), surface.floor());
            MarchingSquares tracer = new MarchingSquares(grid.values(), grid.cols(), grid.rows());
            PathBuffer[] lines = tracer.trace(levels.levels(), grid.x0(), grid.y0(), step);
            PathBuffer[] simple = new PathBuffer[lines.length];
            for (int k = 0; k < lines.length; k++) {
                simple[k] = lines[k].simplified(BackgroundLayer.SIMPLIFY_PX);
            }
            int w = (int) Math.ceil(area.width());
            int h = (int) Math.ceil(area.height());
            int[] heat = HeatMap.paint(grid, levels, w, h, 1);
            double sample = PlotBench.median(() -> ValueGrid.sample(Field.of(surface), t, step));
            double choose = PlotBench.median(() -> ContourLevels.choose(grid.values(), surface.floor()));
            double paint = PlotBench.median(() -> HeatMap.paint(grid, levels, w, h, 1));
            double trace = PlotBench.median(() -> tracer.trace(levels.levels(), grid.x0(), grid.y0(), step));
            double simplify = PlotBench.median(() -> {
                for (PathBuffer line : lines) {
                    line.simplified(BackgroundLayer.SIMPLIFY_PX);
                }
            });
            double draw = PlotBench.median(() -> {
                RasterLines raster = new RasterLines(heat.clone(), w, h);
                for (int k = 0; k < simple.length; k++) {
                    raster.add(simple[k], area.x(), area.y(), 1, 0x59000000, 0.9);
                }
                raster.finish();
            });
            double whole = PlotBench.median(() -> PlotComposer.background(r, t));
            System.out.printf("  %-14s %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f  | %6.2f%n", surface.key(), sample,
                    choose, paint, trace, simplify, draw, whole);
        }
    }
}
