package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.sweep.SweepField;

/**
 * A sweep heat map filling the page: two hyperparameters of the selected optimizer on a grid, coloured by how each
 * cell's run ended. The sweep comes with the scene as a {@link SweepField}; until the first one is computed the
 * page shows the race as the overlay does.
 */
final class SweepView implements PlotView {
    /** The smallest page that leaves the cells room beside the axes and the colour key. */
    static final double MIN_WIDTH = 320;
    static final double MIN_HEIGHT = 240;

    private final OverlayView waiting = new OverlayView();

    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        if (!(scene.field() instanceof SweepField)) {
            return waiting.plots(scene, width, height, look);
        }
        return List.of(new PlacedPlot(0, 0, new PlotRequest(scene.field(), scene.view(), Math.floor(width),
                Math.floor(height), List.of(), null, look)));
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        if (width >= MIN_WIDTH && height >= MIN_HEIGHT) {
            return null;
        }
        return "a sweep heat map of " + Math.round(width) + "×" + Math.round(height) + " pixels is too small; it needs"
                + " at least " + Math.round(MIN_WIDTH) + "×" + Math.round(MIN_HEIGHT);
    }
}
