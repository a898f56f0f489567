package org.optiviz.plot.view;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.PlotOptions;

/**
 * A flat view's placement seen in 3D: the same plots at the same places (one for all runs, or one per run), each
 * drawn as a shaded surface through the scene's camera, so a grid's cells turn together.
 */
final class SurfaceView implements PlotView {
    private final PlotView flat;

    SurfaceView(PlotView flat) {
        this.flat = flat;
    }

    @Override
    public List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look) {
        List<PlacedPlot> plots = new ArrayList<>();
        for (PlacedPlot plot : flat.plots(scene, width, height, look)) {
            plots.add(new PlacedPlot(plot.x(), plot.y(), plot.request().withCamera(scene.camera())));
        }
        return plots;
    }

    @Override
    public String sizeProblem(PlotScene scene, double width, double height) {
        return flat.sizeProblem(scene, width, height);
    }
}
