package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.Field;
import org.optiviz.plot.RunTrace;

/**
 * What a view shows: a field over a part of the plane, the runs' paths in their list order, the start point
 * (null for none), and the run drawn on top of the others (null for none).
 */
public record PlotScene(Field field, ViewBox view, List<RunTrace> runs, Point start, String topKey) {
    public PlotScene {
        runs = List.copyOf(runs);
    }

    /** The width / height of the part of the plane in view. */
    double aspect() {
        return view.width() / view.height();
    }
}
