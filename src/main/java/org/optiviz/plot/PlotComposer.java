package org.optiviz.plot;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.surface3d.SurfaceComposer;
import org.optiviz.plot.sweep.SweepField;

/**
 * Builds the drawing of a plot in three layers, so a window can cache the slow one:
 * <ul>
 *   <li>{@link #background}: filled contours, iso-lines, minima (changes with surface, view, size, look);</li>
 *   <li>{@link #trajectories}: paths, current points, start, diverged marks (changes every frame);</li>
 *   <li>{@link #decorations}: title and formula, axes, frame, legend.</li>
 * </ul>
 * {@link #compose} stacks them over the page colour: what every export renders. All layers of one request
 * share {@link #transform}, which is also how the window maps the mouse to the plane. A request with a camera is
 * the 3D view, drawn in the same layers by {@link SurfaceComposer}. A sweep heat map ({@link SweepField}) is one
 * picture of its own ({@link SweepPicture}): its background layer is the whole of it.
 */
public final class PlotComposer {
    private PlotComposer() {
    }

    /** Where the view lands in pixels: the plot area inside the margins, view fitted with equal x/y units. */
    public static ViewTransform transform(PlotRequest request) {
        if (request.camera() != null) {
            return ViewTransform.fit(request.view(), SurfaceComposer.area(request));
        }
        return new PlotMetrics(request.options()).transform(request);
    }

    /** The whole plot: page background, then background, trajectory and decoration layers. */
    public static Drawing compose(PlotRequest request) {
        if (request.field() instanceof SweepField sweep) {
            return SweepPicture.draw(sweep, request.width(), request.height(), request.options());
        }
        if (request.camera() != null) {
            return SurfaceComposer.compose(request);
        }
        ViewTransform t = transform(request);
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, request.width(), request.height(), request.options().theme().background(),
                "page"));
        items.addAll(background(request, t).items());
        items.addAll(trajectories(request, t).items());
        items.addAll(decorations(request, t).items());
        return new Drawing(request.width(), request.height(), items);
    }

    /** Filled contours (raster or bands), iso-lines and minima markers, clipped to the plot area. */
    public static Drawing background(PlotRequest request, ViewTransform t) {
        if (request.field() instanceof SweepField sweep) {
            return SweepPicture.draw(sweep, request.width(), request.height(), request.options());
        }
        if (request.camera() != null) {
            return SurfaceComposer.background(request);
        }
        PlotMetrics layout = new PlotMetrics(request.options());
        return new Drawing(request.width(), request.height(), List.of(BackgroundLayer.build(request, t, layout)));
    }

    /**
     * Every run's path in draw order (the top run last), then the start marker, the arrows of the latest steps
     * (when asked), then every run's head, then diverged labels; clipped.
     */
    public static Drawing trajectories(PlotRequest request, ViewTransform t) {
        if (request.field() instanceof SweepField) {
            return new Drawing(request.width(), request.height(), List.of()); // a sweep has no paths
        }
        if (request.camera() != null) {
            return SurfaceComposer.trajectories(request);
        }
        PlotMetrics layout = new PlotMetrics(request.options());
        List<Item> items = new ArrayList<>();
        List<RunTrace> runs = request.drawOrder();
        for (RunTrace run : runs) {
            items.addAll(TrajectoryLayer.path(run, t, layout));
        }
        if (request.start() != null) {
            items.add(TrajectoryLayer.start(request.start(), t, layout));
        }
        items.addAll(VectorLayer.build(request, t, layout));
        for (RunTrace run : runs) {
            items.addAll(TrajectoryLayer.head(run, t, layout));
        }
        items.addAll(TrajectoryLayer.divergedLabels(runs, t, layout, request.options()));
        PixelRect a = t.area();
        return new Drawing(request.width(), request.height(),
                List.of(new ClipGroup(a.x(), a.y(), a.width(), a.height(), items, "trajectories")));
    }

    /** Title line, axes with ticks and labels, frame, legend. */
    public static Drawing decorations(PlotRequest request, ViewTransform t) {
        if (request.field() instanceof SweepField) {
            return new Drawing(request.width(), request.height(), List.of()); // drawn with its cells
        }
        if (request.camera() != null) {
            return SurfaceComposer.decorations(request);
        }
        PlotMetrics layout = new PlotMetrics(request.options());
        return new Drawing(request.width(), request.height(), DecorationLayer.build(request, t, layout));
    }
}
