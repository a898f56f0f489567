package org.optiviz.plot.view;

import java.util.ArrayList;
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

    /**
     * The runs in the order they are drawn, the last on top: the list's order with the top run moved last. The
     * window, its exports and the command line all draw paths in this order.
     */
    public List<RunTrace> drawOrder() {
        List<RunTrace> ordered = new ArrayList<>(runs.size());
        RunTrace top = null;
        for (RunTrace run : runs) {
            if (topKey != null && top == null && run.key().equals(topKey)) {
                top = run;
            } else {
                ordered.add(run);
            }
        }
        if (top != null) {
            ordered.add(top);
        }
        return ordered;
    }

    /** The width / height of the part of the plane in view. */
    double aspect() {
        return view.width() / view.height();
    }
}
