package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.io.export.Picture.Cell;
import org.optiviz.io.scenario.Layout;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.GridColumns;
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
    /** Smallest grid cell side in pixels: the title and axes, and as much again for the plot itself. */
    public static final double MIN_CELL_SIDE = 2 * CELL_MARGIN;

    private PlotCells() {
    }

    /** Why a picture of this size cannot hold the snapshot's plots (a grid's cells too small), or null. */
    public static String sizeProblem(RaceSnapshot snapshot, double width, double height) {
        Grid grid = Grid.of(snapshot, width, height);
        return grid == null ? null : grid.problem();
    }

    /**
     * The picture at this size; throws IllegalArgumentException with {@link #sizeProblem}'s reason when a grid's
     * cells would be too small.
     */
    public static Picture of(RaceSnapshot snapshot, double width, double height, PlotOptions options) {
        Scenario s = snapshot.scenario();
        List<RunTrace> traces = snapshot.traces();
        int page = options.theme().background();
        Grid grid = Grid.of(snapshot, width, height);
        if (grid == null) {
            return new Picture(width, height, page, List.of(new Cell(0, 0,
                    new PlotRequest(s.surface(), s.view(), width, height, traces, s.start(), options))));
        }
        if (grid.problem() != null) {
            throw new IllegalArgumentException(grid.problem());
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < traces.size(); i++) {
            RunTrace trace = traces.get(i);
            PlotOptions cellOptions = options.withTitle(trace.label()).withFormula(false).withLegend(false);
            PlotRequest request = new PlotRequest(s.surface(), s.view(), grid.cellWidth(), grid.cellHeight(),
                    List.of(trace), s.start(), cellOptions);
            cells.add(new Cell((i % grid.columns()) * grid.cellWidth(), (i / grid.columns()) * grid.cellHeight(),
                    request));
        }
        return new Picture(width, height, page, cells);
    }

    /** How n plots are laid out in a grid: columns and whole-pixel cells. */
    private record Grid(int n, int columns, double cellWidth, double cellHeight) {
        /** The grid of the snapshot's shown runs, or null when they share one plot. */
        static Grid of(RaceSnapshot snapshot, double width, double height) {
            Scenario s = snapshot.scenario();
            int n = snapshot.traces().size();
            if (s.layout() == Layout.OVERLAY || n < 2) {
                return null;
            }
            int columns = GridColumns.best(n, width, height, s.view().width() / s.view().height());
            int rows = (n + columns - 1) / columns;
            return new Grid(n, columns, Math.floor(width / columns), Math.floor(height / rows));
        }

        String problem() {
            if (cellWidth >= MIN_CELL_SIDE && cellHeight >= MIN_CELL_SIDE) {
                return null;
            }
            return "a grid of " + n + " plots gets cells of " + Math.round(cellWidth) + "×" + Math.round(cellHeight)
                    + " pixels; each needs at least " + Math.round(MIN_CELL_SIDE) + "×" + Math.round(MIN_CELL_SIDE);
        }
    }
}
