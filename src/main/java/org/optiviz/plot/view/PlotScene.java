package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.Field;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.surface3d.Camera;

/**
 * What a view shows: a field over a part of the plane, the runs' paths in their list order, the start point
 * (null for none), the run drawn on top of the others (null for none), and the camera a 3D view looks through.
 */
public record PlotScene(Field field, ViewBox view, List<RunTrace> runs, Point start, String topKey,
                        Camera camera) {
    public PlotScene {
        runs = List.copyOf(runs);
        camera = camera == null ? Camera.DEFAULT : camera;
    }

    /** A scene with the default camera. */
    public PlotScene(Field field, ViewBox view, List<RunTrace> runs, Point start, String topKey) {
        this(field, view, runs, start, topKey, Camera.DEFAULT);
    }

    /** The width / height of the part of the plane in view. */
    double aspect() {
        return view.width() / view.height();
    }
}
