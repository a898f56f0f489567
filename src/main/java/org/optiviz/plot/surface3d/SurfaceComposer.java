package org.optiviz.plot.surface3d;

import java.util.ArrayList;
import java.util.List;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.RectShape;

/**
 * The 3D view of a plot request (one with a camera) in the same three layers as the flat plot, so the window
 * caches and repaints it the same way and every export draws it alike:
 * <ul>
 *   <li>{@link #background}: the box's back panes and the shaded mesh (changes with field, view, size, look and
 *       camera);</li>
 *   <li>{@link #trajectories}: paths on the surface, balls, start and ✕ marks;</li>
 *   <li>{@link #decorations}: title line, axis labels, legend.</li>
 * </ul>
 * The mesh is a raster painted here (window, PNG, GIF) or, with vector bands (SVG), one path per quad in the same
 * painting order.
 */
public final class SurfaceComposer {
    /** A vector quad is grown by this many pixels about its centre, so no seam of page colour shows between. */
    private static final double SEAM = 0.6;
    private static List<Object> lastMeshKey;
    private static ProjectedMesh lastMesh;

    private SurfaceComposer() {
    }

    /** The whole picture: page colour, background, trajectories, decorations. */
    public static Drawing compose(PlotRequest request) {
        List<Item> items = new ArrayList<>();
        items.add(RectShape.filled(0, 0, request.width(), request.height(), request.options().theme().background(),
                "page"));
        items.addAll(background(request).items());
        items.addAll(trajectories(request).items());
        items.addAll(decorations(request).items());
        return new Drawing(request.width(), request.height(), items);
    }

    /**
     * Where the box is drawn: the plot below the title line with a small margin, on whole pixels so the window
     * copies the mesh's raster straight onto its canvas.
     */
    public static PixelRect area(PlotRequest request) {
        Sizes sizes = new Sizes(request.options());
        PlotOptions o = request.options();
        boolean titled = !o.title().isEmpty() || o.showFormula();
        double top = Math.ceil(titled ? sizes.titleLineHeight() : sizes.margin);
        double side = Math.ceil(sizes.margin);
        double w = Math.max(8, Math.floor(request.width() - 2 * side));
        double h = Math.max(8, Math.floor(request.height() - top - side));
        return new PixelRect(side, top, w, h);
    }

    static Projection projection(PlotRequest request) {
        return new Projection(request.camera(), request.view(), area(request));
    }

    /**
     * The mesh as this request sees it; the last one is kept, since the background and the legend's placement
     * both need it every time the camera turns.
     */
    static ProjectedMesh mesh(PlotRequest request) {
        HeightField field = heightField(request);
        List<Object> key = List.of(field, request.camera(), request.view(), area(request));
        synchronized (SurfaceComposer.class) {
            if (key.equals(lastMeshKey)) {
                return lastMesh;
            }
        }
        ProjectedMesh mesh = ProjectedMesh.of(field, projection(request));
        synchronized (SurfaceComposer.class) {
            lastMeshKey = key;
            lastMesh = mesh;
        }
        return mesh;
    }

    static HeightField heightField(PlotRequest request) {
        return HeightField.of(request.field(), request.view(), HeightField.DEFAULT_QUADS);
    }

    /** The box's back panes and the mesh, farthest quads first. */
    public static Drawing background(PlotRequest request) {
        PixelRect area = area(request);
        Projection p = projection(request);
        ProjectedMesh mesh = mesh(request);
        PlotOptions o = request.options();
        int pane = Argb.mix(o.theme().background(), o.theme().axis(), 0.07);
        List<double[]> panes = BoxFrame.backPanes(p);
        List<Item> items = new ArrayList<>();
        double[] corners = new double[8];
        if (o.fill() == PlotOptions.Fill.RASTER) {
            MeshPainter painter = new MeshPainter(area, o.rasterScale(), o.theme().background());
            for (double[] quad : panes) {
                painter.polygon(quad, 4, pane);
            }
            for (int rank = 0; rank < mesh.count(); rank++) {
                int quad = mesh.quadAt(rank);
                mesh.corners(quad, corners);
                painter.polygon(corners, 4, mesh.color(quad));
            }
            items.add(painter.image());
        } else {
            int[] ring = {4};
            for (double[] quad : panes) {
                items.add(new FilledPath(quad, ring, pane, "pane"));
            }
            for (int rank = 0; rank < mesh.count(); rank++) {
                int quad = mesh.quadAt(rank);
                double[] xy = new double[8];
                mesh.corners(quad, xy);
                items.add(new FilledPath(grown(xy), ring, mesh.color(quad), "surface"));
            }
        }
        return new Drawing(request.width(), request.height(),
                List.of(new ClipGroup(area.x(), area.y(), area.width(), area.height(), items, "surface3d")));
    }

    /** Every run's path on the surface in draw order, the start, then every run's ball or ✕; clipped. */
    public static Drawing trajectories(PlotRequest request) {
        PixelRect area = area(request);
        TrailLayer trails = new TrailLayer(heightField(request), projection(request), new Sizes(request.options()),
                area, List.of(request.camera(), request.view(), area, request.options().scale()));
        List<Item> items = trails.items(request.drawOrder(), request.start());
        return new Drawing(request.width(), request.height(),
                List.of(new ClipGroup(area.x(), area.y(), area.width(), area.height(), items, "trajectories")));
    }

    /** Title line, the axes' labels along the box, legend. */
    public static Drawing decorations(PlotRequest request) {
        PixelRect area = area(request);
        Sizes sizes = new Sizes(request.options());
        List<Item> items = new ArrayList<>();
        BoxFrame.margins(request, area, items);
        BoxFrame.title(request, area, sizes, items);
        BoxFrame.axisLabels(request, projection(request), heightField(request), sizes, items);
        BoxFrame.legend(request, area, sizes, mesh(request), items);
        return new Drawing(request.width(), request.height(), items);
    }

    /** The quad moved outwards from its centre by {@link #SEAM} pixels. */
    private static double[] grown(double[] xy) {
        double cx = (xy[0] + xy[2] + xy[4] + xy[6]) / 4;
        double cy = (xy[1] + xy[3] + xy[5] + xy[7]) / 4;
        for (int c = 0; c < 4; c++) {
            double dx = xy[2 * c] - cx;
            double dy = xy[2 * c + 1] - cy;
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                xy[2 * c] += dx / length * SEAM;
                xy[2 * c + 1] += dy / length * SEAM;
            }
        }
        return xy;
    }
}
