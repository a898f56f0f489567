package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.optiviz.plot.VectorOverlay;
import org.optiviz.plot.ViewTransform;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.fx.FxCanvasRenderer;
import org.optiviz.plot.view.PlacedPlot;
import org.optiviz.ui.model.MainViewModel;

/**
 * One plot on four stacked canvases, all drawn from the plot package's layers:
 * <ol>
 *   <li>the contour background, cached until field, view, size or look change (composed on a background thread
 *       where the field is slow to sample, see {@link BackgroundPictures});</li>
 *   <li>the settled part of every path, drawn once and then extended chunk by chunk;</li>
 *   <li>the live ends of the paths (the last up to {@value #CHUNK} points), start marker, current points and
 *       diverged labels, redrawn each frame the race moves;</li>
 *   <li>axes, title and legend, redrawn when the settled paths change.</li>
 * </ol>
 * Redrawing 20,000-point paths every frame would cost the software pipeline a few hundred milliseconds; this way
 * a frame strokes at most {@value #CHUNK} points per run. Anything other than plain steps (replay, restart, view,
 * visibility, draw order) redraws the paths from scratch. While the race moves, its newest steps are drawn above
 * the older paths; once it stops, every path is settled in the draw order, so the plot shows exactly the layers
 * an export draws.
 */
public final class PlotCell extends Pane {
    /** Points per run kept live before they are settled onto the paths canvas. */
    static final int CHUNK = 120;
    /** Runs settled per frame at most while the race moves. */
    private static final int SETTLED_PER_FRAME = 4;

    private final MainViewModel model;
    private final Canvas background = new Canvas();
    private final Canvas settled = new Canvas();
    private final Canvas live = new Canvas();
    private final Canvas decorations = new Canvas();
    private PlotRequest request;
    private PlotRequest drawnBackground;
    private final BackgroundPictures backgrounds = new BackgroundPictures();
    private PlotOptions drawnOptions;
    private List<String> drawnKeys = List.of();
    /** Which kinds of arrows were drawn: switching them redraws the legend, which keeps clear of their key. */
    private String drawnArrows = "";
    private int drawnRewrite = -1;
    private int drawnPaths = -1;
    private boolean resized = true;
    private int backgroundsPainted;
    /** Every path is settled in draw order and the live layer holds only markers and labels. */
    private boolean atRest;
    /** Per shown run: the index of the last settled point (the live part starts there). */
    private int[] settledUpTo = new int[0];
    private ViewTransform transform;
    private Drawing lastSettled;
    private Drawing lastLive;
    private Drawing lastDecorations;

    /** Shows where the cursor is on the plane, or clears the readout with null. */
    interface CursorReadout {
        void show(Point world);
    }

    PlotCell(MainViewModel model, CursorReadout readout) {
        this.model = model;
        getStyleClass().add("plot-cell");
        getChildren().addAll(background, settled, live, decorations);
        for (Canvas canvas : List.of(background, settled, live, decorations)) {
            canvas.setMouseTransparent(true);
        }
        PlotGestures.attach(this, model, () -> transform,
                view -> PlotComposer.transform(request.withView(view).withRuns(List.of())), readout,
                () -> request != null && request.camera() != null);
    }

    @Override
    protected void layoutChildren() {
        // The canvases are sized to the placed plot in show().
    }

    /** Moves the cell to where the view placed its plot and redraws the layers whose inputs changed. */
    void show(PlacedPlot plot) {
        PlotRequest next = plot.request();
        if (getLayoutX() != plot.x() || getLayoutY() != plot.y() || getWidth() != next.width()
                || getHeight() != next.height()) {
            resizeRelocate(plot.x(), plot.y(), next.width(), next.height());
        }
        if (background.getWidth() != next.width() || background.getHeight() != next.height()) {
            for (Canvas canvas : List.of(background, settled, live, decorations)) {
                canvas.setWidth(next.width());
                canvas.setHeight(next.height());
            }
            resized = true;
            lastDecorations = null;
        }
        request = next;
        drawIfDirty();
    }

    /** Redraws the layers whose inputs changed; called once per frame. */
    private void drawIfDirty() {
        double w = request.width();
        double h = request.height();
        PlotOptions look = request.options();
        List<RunTrace> runs = request.runs();
        PlotRequest backgroundKey = request.withRuns(List.of()).withStart(null).withVectors(null);
        boolean rewrite = resized || model.redraws().rewriteVersionProperty().get() != drawnRewrite || !look.equals(drawnOptions)
                || !keys(request.drawOrder()).equals(drawnKeys) || shrunk(runs)
                || !arrowKinds(request).equals(drawnArrows);
        if (!backgroundKey.equals(drawnBackground)) {
            transform = PlotComposer.transform(request);
            if (request.field().slowToSample()) {
                // Sampled off the FX thread; the last picture stays until this one is ready.
                backgrounds.compose(backgroundKey, transform, this::paintBackground);
            } else {
                backgrounds.cancel();
                paintBackground(PlotComposer.background(request, transform));
            }
            drawnBackground = backgroundKey;
            rewrite = true;
        }
        boolean moved = model.redraws().pathsVersionProperty().get() != drawnPaths;
        if (rewrite) {
            settleAll(runs);
        } else if (moved) {
            atRest = false;
            if (longestLive(runs) > CHUNK) {
                settleChunk(runs);
            }
        } else if (!atRest && !model.isPlaying()) {
            settleAll(runs);
        } else {
            return;
        }
        List<RunTrace> liveRuns = atRest ? runs : liveTraces(runs);
        lastLive = PlotComposer.trajectories(request.withRuns(liveRuns), transform);
        live.getGraphicsContext2D().clearRect(0, 0, w, h);
        FxCanvasRenderer.renderClippedByNode(lastLive, live, atRest ? item -> !isPath(item) : item -> true);
        clipToContent(live, lastLive);
        drawnPaths = model.redraws().pathsVersionProperty().get();
    }

    private void paintBackground(Drawing drawing) {
        GraphicsContext g = background.getGraphicsContext2D();
        g.setFill(OptiVizColors.fx(request.options().theme().background()));
        g.fillRect(0, 0, background.getWidth(), background.getHeight());
        FxCanvasRenderer.render(drawing, g);
        backgroundsPainted++;
    }

    /** How many backgrounds this cell has painted. */
    int backgroundsPainted() {
        return backgroundsPainted;
    }

    /**
     * Clears the settled paths and draws every run's whole path there in draw order; the live layer then adds only
     * markers and labels on top, as an export does.
     */
    private void settleAll(List<RunTrace> runs) {
        settledUpTo = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            settledUpTo[i] = Math.max(0, runs.get(i).count() - 1);
        }
        settled.getGraphicsContext2D().clearRect(0, 0, settled.getWidth(), settled.getHeight());
        lastSettled = PlotComposer.trajectories(request.withStart(null), transform);
        FxCanvasRenderer.renderClippedByNode(lastSettled, settled, PlotCell::isPath);
        drawDecorations();
        drawnKeys = keys(request.drawOrder());
        drawnOptions = request.options();
        drawnArrows = arrowKinds(request);
        drawnRewrite = model.redraws().rewriteVersionProperty().get();
        resized = false;
        atRest = true;
    }

    /**
     * Adds the live part of every path to the settled paths (without clearing), ending the live parts. The newest
     * steps then lie above older paths of runs drawn later, until the race stops and everything is settled anew.
     */
    private void settleChunk(List<RunTrace> runs) {
        // The runs whose live parts are longest, a few per frame: once staggered, each frame settles its share
        // rather than every frame in CHUNK / steps settling all of them at once (a frame-time spike).
        List<RunTrace> live = liveTraces(runs);
        Integer[] order = new Integer[runs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(live.get(b).count(), live.get(a).count()));
        List<RunTrace> chunk = new ArrayList<>();
        for (int k = 0; k < Math.min(SETTLED_PER_FRAME, order.length); k++) {
            int i = order[k];
            if (live.get(i).count() - 1 >= CHUNK) {
                chunk.add(live.get(i));
                settledUpTo[i] = Math.max(0, runs.get(i).count() - 1);
            }
        }
        FxCanvasRenderer.renderClippedByNode(PlotComposer.trajectories(request.withRuns(chunk).withStart(null),
                transform), settled, PlotCell::isPath);
        drawDecorations();
    }

    /** Axes, title and legend, redrawn only when they changed (the legend may move away from growing paths). */
    private void drawDecorations() {
        Drawing next = PlotComposer.decorations(request, transform);
        if (next.equals(lastDecorations)) {
            return;
        }
        lastDecorations = next;
        GraphicsContext d = decorations.getGraphicsContext2D();
        d.clearRect(0, 0, decorations.getWidth(), decorations.getHeight());
        FxCanvasRenderer.render(next, d);
    }

    /** Each run from its last settled point on; the run's ✕ and label appear once it has diverged. */
    private List<RunTrace> liveTraces(List<RunTrace> runs) {
        List<RunTrace> traces = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunTrace full = runs.get(i);
            int from = Math.min(settledUpTo[i], Math.max(0, full.count() - 1));
            if (full.diverged()) {
                // The ✕ goes where the path last leaves the plot area, so the live part must reach back there.
                from = Math.min(from, lastInside(full));
            }
            traces.add(full.withPoints(full.xs().slice(from, full.count()), full.ys().slice(from, full.count()),
                    full.count() - from, full.divergedAt()));
        }
        return traces;
    }

    /** The index of the run's last point inside the plot area, or 0. */
    private int lastInside(RunTrace run) {
        PixelRect area = transform.area();
        int k = run.count() - 1;
        while (k > 0 && !area.contains(transform.toPixelX(run.xs().get(k)), transform.toPixelY(run.ys().get(k)))) {
            k--;
        }
        return k;
    }

    private int longestLive(List<RunTrace> runs) {
        int longest = 0;
        for (int i = 0; i < runs.size(); i++) {
            longest = Math.max(longest, runs.get(i).count() - 1 - settledUpTo[i]);
        }
        return longest;
    }

    /** A path got shorter than what is settled: it was restarted or replayed. */
    private boolean shrunk(List<RunTrace> runs) {
        if (runs.size() != settledUpTo.length) {
            return true;
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).count() - 1 < settledUpTo[i]) {
                return true;
            }
        }
        return false;
    }

    private static String arrowKinds(PlotRequest r) {
        VectorOverlay v = r.vectors();
        if (v == null || !v.anyOn() || v.runs().isEmpty()) {
            return "";
        }
        return (v.gradient() ? "g" : "") + (v.momentum() ? "m" : "") + (v.step() ? "s" : "")
                + (v.lookAhead() ? "l" : "") + (v.effectiveStep() ? "b" : "");
    }

    private static List<String> keys(List<RunTrace> runs) {
        List<String> keys = new ArrayList<>(runs.size());
        for (RunTrace run : runs) {
            keys.add(run.key());
        }
        return keys;
    }

    private static boolean isPath(Item item) {
        return item instanceof Polyline;
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
        return PlotComposer.compose(request);
    }

    /**
     * What this cell shows, as last placed; the paths share the live runs' arrays, so use it on the FX thread (or
     * copy the paths).
     */
    public PlotRequest request() {
        return request;
    }

    boolean hasDrawn() {
        return drawnBackground != null;
    }

    /** The live layer drawn last: path ends, start marker, current points, diverged marks and labels. */
    public Drawing liveLayer() {
        return lastLive;
    }

    /** Keys of the runs whose paths are on screen, in drawing order: the settled paths, then the live ends. */
    public List<String> drawnPathKeys() {
        List<String> keys = new ArrayList<>();
        // At rest the live layer draws no paths (only markers and labels).
        for (Drawing drawing : atRest ? new Drawing[] {lastSettled} : new Drawing[] {lastSettled, lastLive}) {
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
