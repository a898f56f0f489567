package org.optiviz.plot.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Drawing} with Java2D into a BufferedImage at any scale factor (2 gives a 2× PNG for print).
 * Uses no display: works with java.awt.headless=true.
 */
public final class Java2dRenderer implements ItemVisitor {
    private static final int PIECE = 32;
    private final Graphics2D g;

    /** Draws onto a caller's Graphics2D (its transform decides the scale). */
    public Java2dRenderer(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** A new opaque-capable ARGB image of round(width × scale) × round(height × scale) pixels. */
    public static BufferedImage render(Drawing drawing, double scale) {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        int w = Math.max(1, (int) Math.round(drawing.width() * scale));
        int h = Math.max(1, (int) Math.round(drawing.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawing.accept(new Java2dRenderer(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void raster(RasterImage r) {
        BufferedImage img = new BufferedImage(r.cols(), r.rows(), BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, r.cols(), r.rows(), r.argb(), 0, r.cols());
        AffineTransform at = new AffineTransform(r.width() / r.cols(), 0, 0, r.height() / r.rows(), r.x(), r.y());
        g.drawImage(img, at, null);
    }

    @Override
    public void polyline(Polyline line) {
        if (line.count() < 2) {
            return;
        }
        List<Path2D.Double> pieces = polylinePieces(line);
        if (line.hasHalo()) {
            for (Path2D.Double piece : pieces) {
                stroke(piece, line.haloArgb(), line.haloWidth());
            }
        }
        if (line.dashed()) {
            // Each piece starts its dashes where the previous one stopped, so they run on across the joints.
            float[] dash = floats(line.dash());
            double phase = 0;
            g.setColor(color(line.argb()));
            for (Path2D.Double piece : pieces) {
                g.setStroke(new BasicStroke((float) line.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        10f, dash, (float) phase));
                g.draw(piece);
                phase += length(piece);
            }
            return;
        }
        for (Path2D.Double piece : pieces) {
            stroke(piece, line.argb(), line.width());
        }
    }

    private static double length(Path2D.Double piece) {
        double total = 0;
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        for (var it = piece.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                total += Math.hypot(c[0] - x, c[1] - y);
            }
            x = c[0];
            y = c[1];
        }
        return total;
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    @Override
    public void filledPath(FilledPath p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        p.trace(PathSink.of(path::moveTo, path::lineTo, path::closePath));
        g.setColor(color(p.fillArgb()));
        g.fill(path);
    }

    @Override
    public void marker(Marker m) {
        Shape shape = markerShape(m);
        if (Argb.alpha(m.fillArgb()) > 0) {
            g.setColor(color(m.fillArgb()));
            g.fill(shape);
        }
        if (Argb.alpha(m.strokeArgb()) > 0 && m.strokeWidth() > 0) {
            g.setColor(color(m.strokeArgb()));
            g.setStroke(new BasicStroke((float) m.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    @Override
    public void text(TextLabel t) {
        if (t.text().isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(t.text(), TextMetrics.font(t.size(), t.bold()), g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(t.left(), t.baseline()));
        if (t.hasHalo()) {
            g.setColor(color(t.haloArgb()));
            g.setStroke(new BasicStroke((float) t.haloWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(color(t.argb()));
        g.fill(outline);
    }

    @Override
    public void line(LineSegment l) {
        stroke(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), l.argb(), l.width(), BasicStroke.CAP_BUTT);
    }

    @Override
    public void rect(RectShape r) {
        Shape shape = r.cornerRadius() > 0
                ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.cornerRadius(),
                        2 * r.cornerRadius())
                : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        if (r.hasFill()) {
            g.setColor(color(r.fillArgb()));
            g.fill(shape);
        }
        if (r.hasStroke()) {
            stroke(shape, r.strokeArgb(), r.strokeWidth());
        }
    }

    @Override
    public void clip(ClipGroup group) {
        Shape old = g.getClip();
        g.clip(new Rectangle2D.Double(group.x(), group.y(), group.width(), group.height()));
        try {
            for (Item item : group.items()) {
                item.accept(this);
            }
        } finally {
            g.setClip(old);
        }
    }

    /**
     * The polyline as paths of at most {@link #PIECE} points, each starting where the previous one ended.
     * Stroking one path of many thousand self-crossing segments costs far more than stroking short pieces
     * (the rasterizer sorts every edge of the whole outline), and with opaque colours the result is the same.
     */
    private static List<Path2D.Double> polylinePieces(Polyline line) {
        List<Path2D.Double> pieces = new ArrayList<>();
        Path2D.Double path = null;
        int inPiece = 0;
        double[] xy = line.xy();
        for (int i = 0; i < line.count(); i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                path = null;
            } else if (path != null && inPiece < PIECE) {
                path.lineTo(x, y);
                inPiece++;
            } else {
                boolean continues = path != null;
                path = new Path2D.Double(Path2D.WIND_NON_ZERO, PIECE + 1);
                pieces.add(path);
                if (continues) {
                    path.moveTo(xy[2 * i - 2], xy[2 * i - 1]);
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                }
                inPiece = 1;
            }
        }
        return pieces;
    }

    private Shape markerShape(Marker m) {
        if (m.shape() == MarkerShape.CIRCLE) {
            double r = m.size() / 2;
            return new Ellipse2D.Double(m.x() - r, m.y() - r, m.size(), m.size());
        }
        Path2D.Double path = new Path2D.Double();
        m.shape().trace(m.x(), m.y(), m.size(), PathSink.of(path::moveTo, path::lineTo, path::closePath));
        return path;
    }

    private void stroke(Shape shape, int argb, double width) {
        stroke(shape, argb, width, BasicStroke.CAP_ROUND);
    }

    private void stroke(Shape shape, int argb, double width, int cap) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) width, cap, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }
}
