package org.optiviz.plot.view;

import java.util.Locale;

/**
 * How the runs are laid out, and the registry of views: each constant names a view and holds it. The window, the
 * scenario files and every export look views up here, so a new view is its own files plus one line below.
 */
public enum Layout {
    /** Every shown run on one plot. */
    OVERLAY("overlay", new OverlayView()),
    /** One small plot per shown run, all on the same view. */
    GRID("grid", new GridView()),
    /** One convergence map per shown run: where its optimizer ends from every start in view. */
    MAP("map", new MapView()),
    /** The selected optimizer's sweep heat map: two of its hyperparameters on a grid. */
    SWEEP("sweep", new SweepView()),
    /** Every shown run on one shaded 3D surface. */
    SURFACE_3D("3d", new SurfaceView(new OverlayView())),
    /** One 3D surface per shown run, all seen through the same camera. */
    GRID_3D("3d-grid", new SurfaceView(new GridView()));

    private final String key;
    private final PlotView view;

    Layout(String key, PlotView view) {
        this.key = key;
        this.view = view;
    }

    /** The name used in scenario files and on the command line. */
    public String key() {
        return key;
    }

    /** The view that places this layout's plots on a page. */
    public PlotView view() {
        return view;
    }

    /** The layout with this name (any case), or null. */
    public static Layout byKey(String key) {
        for (Layout layout : values()) {
            if (layout.key.equals(key.toLowerCase(Locale.ROOT))) {
                return layout;
            }
        }
        return null;
    }
}
