package org.optiviz.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.chart.LossChartRequest;
import org.optiviz.plot.chart.LossSeries;
import org.optiviz.plot.view.PlacedPlot;

/**
 * What an export draws: one or more plots (and loss charts) placed on a page of width × height pixels (before any scale), on the
 * page colour. The window builds one from the plots it shows; the command line from a scenario
 * ({@link PlotCells}). Every renderer here draws the plots from the plot package's drawings.
 *
 * @param background the page colour as ARGB, seen between grid cells
 */
public record Picture(double width, double height, int background, List<PlacedPlot> cells, List<Chart> charts) {
    /** A loss chart placed with its top-left corner at (x, y). */
    public record Chart(double x, double y, LossChartRequest request) {
    }

    /** Plots only. */
    public Picture(double width, double height, int background, List<PlacedPlot> cells) {
        this(width, height, background, cells, List.of());
    }

    /** A loss chart alone, filling the page. */
    public static Picture chart(LossChartRequest chart) {
        return new Picture(chart.width(), chart.height(), chart.theme().background(), List.of(),
                List.of(new Chart(0, 0, chart)));
    }

    /** This picture with a loss chart of its width added below it, the page grown to hold it. */
    public Picture withChartBelow(LossChartRequest chart) {
        List<Chart> more = new ArrayList<>(charts);
        more.add(new Chart(0, height, chart.withSize(width, chart.height())));
        return new Picture(width, height + chart.height(), background, cells, more);
    }

    public Picture {
        if (!(width >= 16 && height >= 16)) {
            throw new IllegalArgumentException("a picture needs at least 16×16 pixels, got " + width + "×" + height);
        }
        cells = List.copyOf(cells);
        charts = List.copyOf(charts);
    }

    /** The same plots with each cell's look changed (legend, axes, fill, raster resolution). */
    public Picture mapOptions(UnaryOperator<PlotOptions> change) {
        List<PlacedPlot> changed = new ArrayList<>();
        for (PlacedPlot cell : cells) {
            PlotOptions options = change.apply(cell.request().options());
            changed.add(new PlacedPlot(cell.x(), cell.y(), cell.request().withOptions(options)));
        }
        return new Picture(width, height, background, changed, charts);
    }

    /**
     * The race as it was after this step: every path cut after it (a diverged mark only once reached). Arrows belong
     * to the latest step, so a frame before it has none.
     */
    public Picture atStep(int step) {
        boolean last = step >= lastStep();
        List<PlacedPlot> cut = new ArrayList<>();
        for (PlacedPlot cell : cells) {
            List<RunTrace> runs = new ArrayList<>();
            for (RunTrace run : cell.request().runs()) {
                runs.add(run.upTo(step + 1));
            }
            PlotRequest request = cell.request().withRuns(runs);
            cut.add(new PlacedPlot(cell.x(), cell.y(), last ? request : request.withVectors(null)));
        }
        List<Chart> cutCharts = new ArrayList<>();
        for (Chart chart : charts) {
            List<LossSeries> series = new ArrayList<>();
            for (LossSeries s : chart.request().series()) {
                series.add(s.upTo(step + 1));
            }
            cutCharts.add(new Chart(chart.x(), chart.y(), chart.request().withSeries(series)));
        }
        return new Picture(width, height, background, cut, cutCharts);
    }

    /** The highest step any path reaches (0 when no path is shown). */
    public int lastStep() {
        int last = 0;
        for (PlacedPlot cell : cells) {
            for (RunTrace run : cell.request().runs()) {
                last = Math.max(last, run.count() - 1);
            }
        }
        for (Chart chart : charts) {
            for (LossSeries s : chart.request().series()) {
                last = Math.max(last, s.lastStep());
            }
        }
        return last;
    }

    /** The colours (0xRRGGBB) of every path and of the page: those an animation must reproduce exactly. */
    public int[] exactColours() {
        List<Integer> colours = new ArrayList<>();
        colours.add(background & 0xFFFFFF);
        for (PlacedPlot cell : cells) {
            colours.add(cell.request().options().theme().background() & 0xFFFFFF);
            for (RunTrace run : cell.request().runs()) {
                colours.add(run.argb() & 0xFFFFFF);
            }
        }
        for (Chart chart : charts) {
            colours.add(chart.request().theme().background() & 0xFFFFFF);
            for (LossSeries s : chart.request().series()) {
                colours.add(s.argb() & 0xFFFFFF);
            }
        }
        return colours.stream().distinct().mapToInt(Integer::intValue).toArray();
    }
}
