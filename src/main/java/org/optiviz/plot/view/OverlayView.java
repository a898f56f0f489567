package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;

/** Every run on one plot filling the page, the top run drawn last, with the legend in list order. */
final class OverlayView implements PlotView {
    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        return List.of(new PlacedPlot(0, 0, new PlotRequest(scene.field(), scene.view(), Math.floor(width),
                Math.floor(height), scene.runs(), scene.start(), look, scene.topKey())));
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        return null;
    }
}
