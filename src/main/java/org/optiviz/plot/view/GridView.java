package org.optiviz.plot.view;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.GridColumns;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;

/**
 * One small plot per run in list order, all on the same view, each titled with the run's name: as many columns as
 * make the plots largest for the view's shape, whole-pixel cells with a gap of the page colour between them, and
 * text a little smaller than on a full plot. With fewer than two runs there is nothing to set side by side, and
 * the page is the overlay's one plot.
 */
final class GridView implements PlotView {
    /** Pixels of page colour between neighbouring cells. */
    static final double GAP = 6;
    /** Text and lines in the cells, relative to a full plot. */
    static final double CELL_SCALE = 0.85;
    /** Roughly what a cell's title line and axes take, in pixels, both across and down. */
    private static final double CELL_MARGIN = 60;
    /** Smallest cell side in pixels: the title and axes, and as much again for the plot itself. */
    static final double MIN_CELL_SIDE = 2 * CELL_MARGIN;

    private final OverlayView single = new OverlayView();

    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        List<RunTrace> runs = scene.runs();
        if (runs.size() < 2) {
            return single.plots(scene, width, height, look);
        }
        Cells cells = Cells.of(scene, width, height);
        List<PlacedPlot> plots = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunTrace run = runs.get(i);
            PlotOptions cellLook = look.withScale(look.scale() * CELL_SCALE).withTitle(run.label())
                    .withFormula(false).withLegend(false);
            plots.add(new PlacedPlot(cells.x(i), cells.y(i), new PlotRequest(scene.field(), scene.view(),
                    cells.width(), cells.height(), List.of(run), scene.start(), cellLook)));
        }
        return plots;
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        int n = scene.runs().size();
        if (n < 2) {
            return null;
        }
        Cells cells = Cells.of(scene, width, height);
        if (cells.width() >= MIN_CELL_SIDE && cells.height() >= MIN_CELL_SIDE) {
            return null;
        }
        return "a grid of " + n + " plots gets cells of " + Math.round(cells.width()) + "×"
                + Math.round(cells.height()) + " pixels; each needs at least " + Math.round(MIN_CELL_SIDE) + "×"
                + Math.round(MIN_CELL_SIDE);
    }

    /** Columns and whole-pixel cells of n plots on the page. */
    private record Cells(int columns, double width, double height) {
        static Cells of(PlotScene scene, double pageWidth, double pageHeight) {
            int n = scene.runs().size();
            int columns = GridColumns.best(n, pageWidth, pageHeight, scene.aspect());
            int rows = (n + columns - 1) / columns;
            return new Cells(columns, Math.max(16, Math.floor((pageWidth - GAP * (columns - 1)) / columns)),
                    Math.max(16, Math.floor((pageHeight - GAP * (rows - 1)) / rows)));
        }

        double x(int i) {
            return (i % columns) * (width + GAP);
        }

        double y(int i) {
            return (i / columns) * (height + GAP);
        }
    }
}
