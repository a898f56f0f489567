package org.optiviz.plot;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * Everything a plot shows: a field over a view, drawn width × height pixels, the runs' paths, the start
 * point (null for none) and the look.
 */
public record PlotRequest(Field field, ViewBox view, double width, double height, List<RunTrace> runs,
                          Point start, PlotOptions options) {
    public PlotRequest {
        if (field == null || view == null || options == null) {
            throw new IllegalArgumentException("a plot needs a field, a view and options");
        }
        if (!(width >= 16 && height >= 16) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a plot needs at least 16×16 pixels, got " + width + "×" + height);
        }
        runs = List.copyOf(runs);
    }

    /** A test surface's picture. */
    public PlotRequest(Surface surface, ViewBox view, double width, double height, List<RunTrace> runs, Point start,
                       PlotOptions options) {
        this(Field.of(surface), view, width, height, runs, start, options);
    }

    /** The surface's default view, no runs, its default start, default options. */
    public static PlotRequest of(Surface surface, double width, double height) {
        return new PlotRequest(surface, surface.defaultView(), width, height, List.of(), surface.defaultStart(),
                PlotOptions.defaults());
    }

    public PlotRequest withView(ViewBox v) {
        return new PlotRequest(field, v, width, height, runs, start, options);
    }

    public PlotRequest withSize(double w, double h) {
        return new PlotRequest(field, view, w, h, runs, start, options);
    }

    public PlotRequest withRuns(List<RunTrace> r) {
        return new PlotRequest(field, view, width, height, r, start, options);
    }

    public PlotRequest withStart(Point p) {
        return new PlotRequest(field, view, width, height, runs, p, options);
    }

    public PlotRequest withOptions(PlotOptions o) {
        return new PlotRequest(field, view, width, height, runs, start, o);
    }
}
