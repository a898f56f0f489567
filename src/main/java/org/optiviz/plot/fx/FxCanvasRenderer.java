package org.optiviz.plot.fx;

import java.nio.IntBuffer;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.optiviz.plot.draw.Argb;
import org.optiviz.plot.draw.ClipGroup;
import org.optiviz.plot.draw.Drawing;
import org.optiviz.plot.draw.FilledPath;
import org.optiviz.plot.draw.Item;
import org.optiviz.plot.draw.ItemVisitor;
import org.optiviz.plot.draw.LineSegment;
import org.optiviz.plot.draw.Marker;
import org.optiviz.plot.draw.MarkerShape;
import org.optiviz.plot.draw.PathSink;
import org.optiviz.plot.draw.Polyline;
import org.optiviz.plot.draw.RasterImage;
import org.optiviz.plot.draw.RectShape;
import org.optiviz.plot.draw.TextLabel;
import org.optiviz.plot.draw.TextMetrics;

/**
 * Renders a {@link Drawing} (or single items) onto a JavaFX Canvas. A pixel-aligned raster (the heat map at
 * 1:1) goes to the canvas with one {@code PixelWriter.setPixels} straight from its int array; other rasters
 * through a WritableImage. Long polylines are stroked in short pieces (see strokePieces). Call on
 * the FX thread.
 */
public final class FxCanvasRenderer implements ItemVisitor {
    private static final PixelFormat<IntBuffer> ARGB = PixelFormat.getIntArgbPreInstance();
    private static final int PIECE = 32;
    private final GraphicsContext g;
    private final boolean clipGroups;

    /**
     * A renderer that draws clip groups unclipped. Clipping makes every later stroke go through a mask on
     * the software pipeline (three to six times slower), and it is not needed for the composer's drawings:
     * their clipped layers stay within a few pixels of the plot area and the decoration layer paints the
     * margins over them. Draw the decoration layer last (or on a canvas above) and the picture equals the
     * clipped one of the other back ends.
     */
    public FxCanvasRenderer(GraphicsContext g) {
        this(g, false);
    }

    /** With {@code clipGroups} true, each clip group is clipped exactly (for drawings not made by the composer). */
    public FxCanvasRenderer(GraphicsContext g, boolean clipGroups) {
        this.g = g;
        this.clipGroups = clipGroups;
    }

    /**
     * Draws every item of the drawing, on top of what the canvas shows (clear it first if needed); clip
     * groups unclipped, see {@link #FxCanvasRenderer(GraphicsContext)}.
     */
    public static void render(Drawing drawing, GraphicsContext g) {
        drawing.accept(new FxCanvasRenderer(g));
    }

    /**
     * Draws a layer onto a canvas of its own with each clip group turned into the canvas node's rectangular clip:
     * a clip inside a Canvas makes the software pipeline mask every primitive, a node clip is free and also bounds
     * the canvas's dirty region. Only the items the filter accepts are drawn.
     */
    public static void renderClippedByNode(Drawing drawing, Canvas canvas, Predicate<Item> filter) {
        FxCanvasRenderer renderer = new FxCanvasRenderer(canvas.getGraphicsContext2D());
        for (Item item : drawing.items()) {
            if (item instanceof ClipGroup group) {
                canvas.setClip(new Rectangle(group.x(), group.y(), group.width(), group.height()));
                for (Item inner : group.items()) {
                    if (filter.test(inner)) {
                        renderer.draw(inner);
                    }
                }
            } else if (filter.test(item)) {
                renderer.draw(item);
            }
        }
    }

    /** Draws one item (for layers the caller composes itself). */
    public void draw(Item item) {
        item.accept(this);
    }

    @Override
    public void raster(RasterImage r) {
        // Heat-map pixels are opaque, so premultiplied ARGB equals plain ARGB and no conversion is needed.
        if (r.isPixelAligned() && g.getTransform().isIdentity()) {
            g.getPixelWriter().setPixels((int) r.x(), (int) r.y(), r.cols(), r.rows(), ARGB, r.argb(), 0, r.cols());
            return;
        }
        WritableImage img = new WritableImage(r.cols(), r.rows());
        img.getPixelWriter().setPixels(0, 0, r.cols(), r.rows(), ARGB, r.argb(), 0, r.cols());
        g.setImageSmoothing(true);
        g.drawImage(img, r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void polyline(Polyline line) {
        if (line.count() < 2) {
            return;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (line.hasHalo()) {
            g.setStroke(color(line.haloArgb()));
            g.setLineWidth(line.haloWidth());
            strokePieces(line);
        }
        g.setStroke(color(line.argb()));
        g.setLineWidth(line.width());
        if (line.dashed()) {
            g.setLineCap(StrokeLineCap.BUTT);
            g.setLineDashes(line.dash());
            strokePieces(line);
            g.setLineDashes((double[]) null);
            return;
        }
        strokePieces(line);
    }

    /**
     * Strokes the polyline in pieces of at most {@link #PIECE} points, each starting where the previous one
     * ended. The software pipeline rasterizes every stroke into a coverage mask over its bounding box, so
     * one long path that wanders across the plot costs far more than short pieces with small boxes; with
     * opaque colours the result is the same.
     */
    private void strokePieces(Polyline line) {
        double[] xy = line.xy();
        int inPiece = 0;
        boolean penDown = false;
        // A dashed line's pieces each start their dashes where the previous one stopped.
        boolean dashed = line.dashed();
        double walked = 0;
        g.setLineDashOffset(0);
        g.beginPath();
        for (int i = 0; i < line.count(); i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                penDown = false;
            } else if (!penDown) {
                g.moveTo(x, y);
                penDown = true;
                inPiece = 1;
            } else {
                g.lineTo(x, y);
                if (dashed) {
                    walked += Math.hypot(x - xy[2 * i - 2], y - xy[2 * i - 1]);
                }
                if (++inPiece >= PIECE) {
                    g.stroke();
                    g.beginPath();
                    g.moveTo(x, y);
                    if (dashed) {
                        g.setLineDashOffset(walked);
                    }
                    inPiece = 1;
                }
            }
        }
        g.stroke();
    }

    @Override
    public void filledPath(FilledPath p) {
        g.beginPath();
        p.trace(PathSink.of(g::moveTo, g::lineTo, g::closePath));
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(color(p.fillArgb()));
        g.fill();
        g.setFillRule(FillRule.NON_ZERO);
    }

    @Override
    public void marker(Marker m) {
        g.beginPath();
        if (m.shape() == MarkerShape.CIRCLE) {
            double r = m.size() / 2;
            g.arc(m.x(), m.y(), r, r, 0, 360);
            g.closePath();
        } else {
            m.shape().trace(m.x(), m.y(), m.size(), PathSink.of(g::moveTo, g::lineTo, g::closePath));
        }
        if (Argb.alpha(m.fillArgb()) > 0) {
            g.setFill(color(m.fillArgb()));
            g.fill();
        }
        if (Argb.alpha(m.strokeArgb()) > 0 && m.strokeWidth() > 0) {
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setStroke(color(m.strokeArgb()));
            g.setLineWidth(m.strokeWidth());
            g.stroke();
        }
    }

    @Override
    public void text(TextLabel t) {
        if (t.text().isEmpty()) {
            return;
        }
        g.setFont(Font.font(TextMetrics.FAMILY, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        double x = t.left();
        double y = t.baseline();
        if (t.hasHalo()) {
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setStroke(color(t.haloArgb()));
            g.setLineWidth(t.haloWidth());
            g.strokeText(t.text(), x, y);
        }
        g.setFill(color(t.argb()));
        g.fillText(t.text(), x, y);
    }

    @Override
    public void line(LineSegment l) {
        g.setLineCap(StrokeLineCap.BUTT);
        g.setStroke(color(l.argb()));
        g.setLineWidth(l.width());
        g.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
    }

    @Override
    public void rect(RectShape r) {
        double arc = 2 * r.cornerRadius();
        if (r.hasFill()) {
            g.setFill(color(r.fillArgb()));
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        }
        if (r.hasStroke()) {
            g.setStroke(color(r.strokeArgb()));
            g.setLineWidth(r.strokeWidth());
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
        }
    }

    @Override
    public void clip(ClipGroup group) {
        if (!clipGroups) {
            for (Item item : group.items()) {
                item.accept(this);
            }
            return;
        }
        g.save();
        g.beginPath();
        g.rect(group.x(), group.y(), group.width(), group.height());
        g.closePath();
        g.clip();
        try {
            for (Item item : group.items()) {
                item.accept(this);
            }
        } finally {
            g.restore();
        }
    }

    private static Color color(int argb) {
        return Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.alpha(argb) / 255.0);
    }
}
