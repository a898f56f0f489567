package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.PixelRect;
import org.optiviz.plot.PlotComposer;
import org.optiviz.plot.PlotOptions;
import org.optiviz.plot.PlotRequest;
import org.optiviz.plot.RunTrace;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.fx.FxCanvasRenderer;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * One plot on four stacked canvases, all drawn from the plot package's layers:
 * <ol>
 *   <li>the contour background, cached until surface, view, size or look change;</li>
 *   <li>the settled part of every path, drawn once and then extended chunk by chunk;</li>
 *   <li>the live ends of the paths (the last up to {@value #CHUNK} points), start marker, current points and
 *       diverged labels, redrawn each frame the race moves;</li>
 *   <li>axes, title and legend, redrawn when the settled paths change.</li>
 * </ol>
 * Redrawing 20,000-point paths every frame would cost the software pipeline a few hundred milliseconds; this way
 * a frame strokes at most {@value #CHUNK} points per run. Anything other than plain steps (replay, restart, view,
 * visibility) redraws the paths from scratch.
 */
public final class PlotCell extends Pane {
    /** Points per run kept live before they are settled onto the paths canvas. */
    static final int CHUNK = 400;

    private final MainViewModel model;
    private final Supplier<List<OptimizerEntry>> shown;
    private final Supplier<PlotOptions> options;
    private final Canvas background = new Canvas();
    private final Canvas settled = new Canvas();
    private final Canvas live = new Canvas();
    private final Canvas decorations = new Canvas();
    private PlotRequest drawnBackground;
    private PlotOptions drawnOptions;
    private List<OptimizerEntry> drawnEntries = List.of();
    private int drawnRewrite = -1;
    private int drawnPaths = -1;
    private boolean resized = true;
    /** Per shown run: the index of the last settled point (the live part starts there). */
    private int[] settledUpTo = new int[0];
    private ViewTransform transform;
    private Drawing lastSettled;
    private Drawing lastLive;

    /** Shows where the cursor is on the plane, or clears the readout with null. */
    interface CursorReadout {
        void show(Point world);
    }

    PlotCell(MainViewModel model, Supplier<List<OptimizerEntry>> shown, Supplier<PlotOptions> options,
             CursorReadout readout) {
        this.model = model;
        this.shown = shown;
        this.options = options;
        getStyleClass().add("plot-cell");
        getChildren().addAll(background, settled, live, decorations);
        for (Canvas canvas : List.of(background, settled, live, decorations)) {
            canvas.setMouseTransparent(true);
        }
        PlotGestures.attach(this, model, () -> transform, view -> PlotComposer.transform(new PlotRequest(
                model.getSurface(), view, background.getWidth(), background.getHeight(), List.of(), null,
                options.get())), readout);
        widthProperty().addListener((obs, old, now) -> resized = true);
        heightProperty().addListener((obs, old, now) -> resized = true);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        for (Canvas canvas : List.of(background, settled, live, decorations)) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
    }

    /** Redraws the layers whose inputs changed; called once per frame. */
    void drawIfDirty() {
        double w = background.getWidth();
        double h = background.getHeight();
        if (w < 16 || h < 16) {
            return;
        }
        PlotOptions look = options.get();
        List<OptimizerEntry> entries = shown.get();
        PlotRequest request = new PlotRequest(model.getSurface(), model.getView(), w, h, List.of(), model.getStart(),
                look);
        PlotRequest backgroundKey = request.withStart(null);
        boolean rewrite = resized || model.rewriteVersionProperty().get() != drawnRewrite || !look.equals(drawnOptions)
                || !entries.equals(drawnEntries) || shrunk(entries);
        if (!backgroundKey.equals(drawnBackground)) {
            transform = PlotComposer.transform(request);
            GraphicsContext g = background.getGraphicsContext2D();
            g.setFill(OptiVizColors.fx(look.theme().background()));
            g.fillRect(0, 0, w, h);
            FxCanvasRenderer.render(PlotComposer.background(request, transform), g);
            drawnBackground = backgroundKey;
            rewrite = true;
        }
        if (rewrite) {
            settleAll(request, entries);
        } else if (model.pathsVersionProperty().get() != drawnPaths) {
            if (longestLive(entries) > CHUNK) {
                settleChunk(request, entries);
            }
        } else {
            return;
        }
        lastLive = PlotComposer.trajectories(request.withRuns(liveTraces(entries)), transform);
        live.getGraphicsContext2D().clearRect(0, 0, w, h);
        renderClippedByNode(lastLive, live, false);
        clipToContent(live, lastLive);
        drawnPaths = model.pathsVersionProperty().get();
    }

    /** Clears the settled paths and draws every run's whole path but its last point there. */
    private void settleAll(PlotRequest request, List<OptimizerEntry> entries) {
        settledUpTo = new int[entries.size()];
        List<RunTrace> traces = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RunTrace full = trace(entries.get(i));
            settledUpTo[i] = Math.max(0, full.count() - 1);
            traces.add(full);
        }
        settled.getGraphicsContext2D().clearRect(0, 0, settled.getWidth(), settled.getHeight());
        lastSettled = PlotComposer.trajectories(request.withRuns(traces).withStart(null), transform);
        renderClippedByNode(lastSettled, settled, true);
        drawDecorations(request.withRuns(traces));
        drawnEntries = List.copyOf(entries);
        drawnOptions = request.options();
        drawnRewrite = model.rewriteVersionProperty().get();
        resized = false;
    }

    /** Adds the live part of every path to the settled paths (without clearing), ending the live parts. */
    private void settleChunk(PlotRequest request, List<OptimizerEntry> entries) {
        List<RunTrace> chunk = liveTraces(entries);
        renderClippedByNode(PlotComposer.trajectories(request.withRuns(chunk).withStart(null), transform), settled,
                true);
        List<RunTrace> full = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RunTrace trace = trace(entries.get(i));
            settledUpTo[i] = Math.max(0, trace.count() - 1);
            full.add(trace);
        }
        drawDecorations(request.withRuns(full));
    }

    private void drawDecorations(PlotRequest request) {
        GraphicsContext d = decorations.getGraphicsContext2D();
        d.clearRect(0, 0, decorations.getWidth(), decorations.getHeight());
        FxCanvasRenderer.render(PlotComposer.decorations(request, transform), d);
    }

    /** Each run from its last settled point on; the run's ✕ and label appear once it has diverged. */
    private List<RunTrace> liveTraces(List<OptimizerEntry> entries) {
        List<RunTrace> traces = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RunTrace full = trace(entries.get(i));
            int from = Math.min(settledUpTo[i], Math.max(0, full.count() - 1));
            if (full.diverged()) {
                // The ✕ goes where the path last leaves the plot area, so the live part must reach back there.
                from = Math.min(from, lastInside(full));
            }
            traces.add(full.withPoints(Arrays.copyOfRange(full.xs(), from, full.count()),
                    Arrays.copyOfRange(full.ys(), from, full.count()), full.count() - from, full.divergedAt()));
        }
        return traces;
    }

    /** The index of the run's last point inside the plot area, or 0. */
    private int lastInside(RunTrace run) {
        PixelRect area = transform.area();
        int k = run.count() - 1;
        while (k > 0 && !area.contains(transform.toPixelX(run.xs()[k]), transform.toPixelY(run.ys()[k]))) {
            k--;
        }
        return k;
    }

    private int longestLive(List<OptimizerEntry> entries) {
        int longest = 0;
        for (int i = 0; i < entries.size(); i++) {
            longest = Math.max(longest, entries.get(i).run().trajectory().size() - 1 - settledUpTo[i]);
        }
        return longest;
    }

    /** A path got shorter than what is settled: it was restarted or replayed. */
    private boolean shrunk(List<OptimizerEntry> entries) {
        if (entries.size() != settledUpTo.length) {
            return true;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).run().trajectory().size() - 1 < settledUpTo[i]) {
                return true;
            }
        }
        return false;
    }

    private static RunTrace trace(OptimizerEntry entry) {
        return RunTrace.of(entry.run(), entry.kind().displayName(), entry.getColor());
    }

    /**
     * Renders a trajectory layer with its clip group turned into the canvas node's clip: a path clip inside a
     * Canvas makes the software pipeline mask every primitive, a rectangular node clip is free. With pathsOnly,
     * only the path polylines are drawn (the settled layer has no markers).
     */
    private static void renderClippedByNode(Drawing drawing, Canvas canvas, boolean pathsOnly) {
        FxCanvasRenderer renderer = new FxCanvasRenderer(canvas.getGraphicsContext2D());
        for (Item item : drawing.items()) {
            if (item instanceof ClipGroup group) {
                canvas.setClip(new Rectangle(group.x(), group.y(), group.width(), group.height()));
                for (Item inner : group.items()) {
                    if (!pathsOnly || inner instanceof Polyline) {
                        renderer.draw(inner);
                    }
                }
            } else if (!pathsOnly) {
                renderer.draw(item);
            }
        }
    }

    /**
     * Narrows the canvas's clip to what it shows: a node's clip bounds its dirty region, so the software pipeline
     * repaints a small box around the moving heads each frame instead of the whole plot.
     */
    private static void clipToContent(Canvas canvas, Drawing drawing) {
        double[] box = ItemBounds.of(drawing.items());
        Rectangle area = (Rectangle) canvas.getClip();
        if (box == null || area == null) {
            canvas.setClip(new Rectangle(0, 0, 0, 0));
            return;
        }
        double x0 = Math.max(area.getX(), Math.floor(box[0]));
        double y0 = Math.max(area.getY(), Math.floor(box[1]));
        double x1 = Math.min(area.getX() + area.getWidth(), Math.ceil(box[0] + box[2]));
        double y1 = Math.min(area.getY() + area.getHeight(), Math.ceil(box[1] + box[3]));
        canvas.setClip(new Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)));
    }

    /** The whole plot as every export draws it, at this cell's size. */
    public Drawing compose() {
        return PlotComposer.compose(request());
    }

    /**
     * What this cell shows, as a plot request at its size; the paths share the live runs' arrays, so use it on
     * the FX thread (or copy the paths).
     */
    public PlotRequest request() {
        List<RunTrace> traces = new ArrayList<>();
        for (OptimizerEntry entry : shown.get()) {
            traces.add(trace(entry));
        }
        return new PlotRequest(model.getSurface(), model.getView(), background.getWidth(), background.getHeight(),
                traces, model.getStart(), options.get().withSampleStep(1));
    }

    boolean hasDrawn() {
        return drawnBackground != null;
    }

    /** The live layer drawn last: path ends, start marker, current points, diverged marks and labels. */
    public Drawing liveLayer() {
        return lastLive;
    }

    /** Keys of the runs whose paths are on screen (settled or live), in drawing order. */
    public List<String> drawnPathKeys() {
        List<String> keys = new ArrayList<>();
        for (Drawing drawing : new Drawing[] {lastSettled, lastLive}) {
            if (drawing != null) {
                collectPathKeys(drawing.items(), keys);
            }
        }
        return keys.stream().distinct().toList();
    }

    private static void collectPathKeys(List<Item> items, List<String> keys) {
        for (Item item : items) {
            if (item instanceof ClipGroup group) {
                collectPathKeys(group.items(), keys);
            } else if (item instanceof Polyline line && "trajectory".equals(line.role())) {
                keys.add(line.key());
            }
        }
    }

    /** Where the plane maps onto this cell, as last drawn. */
    public ViewTransform transform() {
        return transform;
    }
}
