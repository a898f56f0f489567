package org.optiviz.plot.view;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.Field;
import org.optiviz.plot.GridColumns;
import org.optiviz.plot.MapField;
import org.optiviz.plot.MapSet;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;

/**
 * Convergence maps: one plot per run, as the grid places them (one filling the page when there is a single run), each
 * showing its run's map (where that optimizer ends from every start of the view) under its path. The maps come with
 * the scene, as a {@link MapSet} field; a scene with any other field shows the field in every cell.
 */
final class MapView implements PlotView {
    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        List<RunTrace> runs = scene.runs();
        int n = Math.max(1, runs.size());
        int columns = GridColumns.best(n, width, height, scene.aspect());
        int rows = (n + columns - 1) / columns;
        double cellWidth = Math.max(16, Math.floor((width - GridView.GAP * (columns - 1)) / columns));
        double cellHeight = Math.max(16, Math.floor((height - GridView.GAP * (rows - 1)) / rows));
        double scale = n == 1 ? 1 : GridView.CELL_SCALE;
        List<PlacedPlot> plots = new ArrayList<>();
        for (int i = 0; i < runs.size() || i == 0 && runs.isEmpty(); i++) {
            RunTrace run = runs.isEmpty() ? null : runs.get(i);
            Field field = scene.field() instanceof MapSet set && run != null ? set.forRun(run.key()) : scene.field();
            if (i > 0 && field instanceof MapField map) {
                field = map.withoutKey(); // the basins' colours are the same in every cell: one key is enough
            }
            PlotOptions cellLook = look.withScale(look.scale() * scale).withFormula(false).withLegend(false);
            if (run != null) {
                cellLook = cellLook.withTitle(run.label());
            }
            plots.add(new PlacedPlot((i % columns) * (cellWidth + GridView.GAP), (i / columns) * (cellHeight
                    + GridView.GAP), new PlotRequest(field, scene.view(), cellWidth, cellHeight,
                    run == null ? List.of() : List.of(run), scene.start(), cellLook)));
        }
        return plots;
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        return Layout.GRID.view().sizeProblem(scene, width, height);
    }
}
