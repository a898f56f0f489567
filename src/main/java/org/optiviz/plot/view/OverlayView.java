package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;

/** Every run on one plot filling the page, in draw order, with the legend. */
final class OverlayView implements PlotView {
    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        return List.of(new PlacedPlot(0, 0, new PlotRequest(scene.field(), scene.view(), Math.floor(width),
                Math.floor(height), scene.drawOrder(), scene.start(), look)));
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        return null;
    }
}
