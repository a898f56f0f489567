package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.io.export.Picture.Cell;
import org.optiviz.io.scenario.Layout;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;

/**
 * The picture of a scenario's race: one plot of every shown path (overlay), or a grid of small plots, one per
 * shown optimizer with the same view, titled with its name. The grid has as many columns as make the plots
 * largest for the view's shape.
 */
public final class PlotCells {
    /** Roughly what a cell's title line and axes take, in pixels, both across and down. */
    private static final double CELL_MARGIN = 60;

    private PlotCells() {
    }

    public static Picture of(RaceSnapshot snapshot, double width, double height, PlotOptions options) {
        Scenario s = snapshot.scenario();
        List<RunTrace> traces = snapshot.traces();
        int page = options.theme().background();
        if (s.layout() == Layout.OVERLAY || traces.size() < 2) {
            return new Picture(width, height, page, List.of(new Cell(0, 0,
                    new PlotRequest(s.surface(), s.view(), width, height, traces, s.start(), options))));
        }
        int n = traces.size();
        int columns = bestColumns(n, width, height, s.view().width() / s.view().height());
        int rows = (n + columns - 1) / columns;
        double cellWidth = Math.floor(width / columns);
        double cellHeight = Math.floor(height / rows);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RunTrace trace = traces.get(i);
            PlotOptions cellOptions = options.withTitle(trace.label()).withFormula(false).withLegend(false);
            PlotRequest request = new PlotRequest(s.surface(), s.view(), cellWidth, cellHeight, List.of(trace),
                    s.start(), cellOptions);
            cells.add(new Cell((i % columns) * cellWidth, (i / columns) * cellHeight, request));
        }
        return new Picture(width, height, page, cells);
    }

    /**
     * The column count whose cells hold the largest plot of this aspect (width / height), allowing for each cell's
     * title and axes; fewer columns on ties.
     */
    static int bestColumns(int n, double width, double height, double aspect) {
        int best = 1;
        double bestSide = -1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double cellWidth = width / columns - CELL_MARGIN;
            double cellHeight = height / rows - CELL_MARGIN;
            double plotWidth = Math.min(cellWidth, cellHeight * aspect);
            if (plotWidth > bestSide * 1.0001) {
                bestSide = plotWidth;
                best = columns;
            }
        }
        return best;
    }
}
