package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.plot.surface3d.Camera;

/**
 * Everything a plot shows: a field over a view, drawn width × height pixels, the runs' paths in list order (the
 * legend's), the start point (null for none), the look, the key of the run drawn on top of the others (null
 * for none), the arrows of the runs' latest steps (null for none) and the camera of a 3D view (null for the flat
 * contour plot).
 */
public record PlotRequest(Field field, ViewBox view, double width, double height, List<RunTrace> runs,
                          Point start, PlotOptions options, String topKey, VectorOverlay vectors,
                          Camera camera) {
    public PlotRequest {
        if (field == null || view == null || options == null) {
            throw new IllegalArgumentException("a plot needs a field, a view and options");
        }
        if (!(width >= 16 && height >= 16) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a plot needs at least 16×16 pixels, got " + width + "×" + height);
        }
        runs = List.copyOf(runs);
    }

    /** A flat plot without arrows, the given run on top. */
    public PlotRequest(Field field, ViewBox view, double width, double height, List<RunTrace> runs, Point start,
                       PlotOptions options, String topKey) {
        this(field, view, width, height, runs, start, options, topKey, null, null);
    }

    /** The runs drawn in list order. */
    public PlotRequest(Field field, ViewBox view, double width, double height, List<RunTrace> runs, Point start,
                       PlotOptions options) {
        this(field, view, width, height, runs, start, options, null);
    }

    /** A test surface's picture, the runs drawn in list order. */
    public PlotRequest(Surface surface, ViewBox view, double width, double height, List<RunTrace> runs, Point start,
                       PlotOptions options) {
        this(Field.of(surface), view, width, height, runs, start, options, null);
    }

    /**
     * The runs in the order they are drawn, the last on top: the list's order with the top run moved last. The
     * window, its exports and the command line all draw paths in this order.
     */
    public List<RunTrace> drawOrder() {
        if (topKey == null) {
            return runs;
        }
        List<RunTrace> ordered = new ArrayList<>(runs.size());
        RunTrace top = null;
        for (RunTrace run : runs) {
            if (top == null && run.key().equals(topKey)) {
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

    /** The surface's default view, no runs, its default start, default options. */
    public static PlotRequest of(Surface surface, double width, double height) {
        return new PlotRequest(surface, surface.defaultView(), width, height, List.of(), surface.defaultStart(),
                PlotOptions.defaults());
    }

    public PlotRequest withView(ViewBox v) {
        return new PlotRequest(field, v, width, height, runs, start, options, topKey, vectors, camera);
    }

    public PlotRequest withSize(double w, double h) {
        return new PlotRequest(field, view, w, h, runs, start, options, topKey, vectors, camera);
    }

    public PlotRequest withRuns(List<RunTrace> r) {
        return new PlotRequest(field, view, width, height, r, start, options, topKey, vectors, camera);
    }

    public PlotRequest withStart(Point p) {
        return new PlotRequest(field, view, width, height, runs, p, options, topKey, vectors, camera);
    }

    public PlotRequest withOptions(PlotOptions o) {
        return new PlotRequest(field, view, width, height, runs, start, o, topKey, vectors, camera);
    }

    /** With arrows of the runs' latest steps (null for none); only this request's runs' vectors are kept. */
    public PlotRequest withVectors(VectorOverlay overlay) {
        VectorOverlay own = overlay == null ? null : overlay.forKeys(runs.stream().map(RunTrace::key).toList());
        return new PlotRequest(field, view, width, height, runs, start, options, topKey, own, camera);
    }

    /** The same request seen in 3D from this camera (null for the flat plot). */
    public PlotRequest withCamera(Camera c) {
        return new PlotRequest(field, view, width, height, runs, start, options, topKey, vectors, c);
    }

    public PlotRequest withTopKey(String key) {
        return new PlotRequest(field, view, width, height, runs, start, options, key, vectors, camera);
    }
}
