package org.optiviz.plot.draw;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Renders a {@link Drawing} as SVG 1.1 text with real elements: paths for lines and filled areas, circles and
 * paths for markers, text for labels. A raster becomes an embedded PNG image. Each element carries its item's
 * role as class (and key as data-key), so a trajectory is {@code <path class="trajectory" data-key="adam">}
 * and its halo {@code <path class="trajectory-halo">}.
 */
public final class SvgRenderer implements ItemVisitor {
    private static final Set<String> UNCLASSED = Set.of("band", "isoline", "margin", "tick",
            "tick-label");
    private final StringBuilder out;

    private SvgRenderer(StringBuilder out) {
        this.out = out;
    }

    /** The whole document, XML declaration included. */
    public static String render(Drawing drawing) {
        StringBuilder sb = new StringBuilder(1 << 16);
        open(sb, drawing.width(), drawing.height());
        drawing.accept(new SvgRenderer(sb));
        sb.append("</svg>\n");
        return sb.toString();
    }

    /**
     * The XML declaration and the opening root element of a document of this size; the caller appends the
     * content and {@code </svg>}.
     */
    public static void open(StringBuilder sb, double width, double height) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
    }

    /**
     * The drawing's elements in a group moved to (x, y), for a page of several drawings in one flat document
     * (nested {@code <svg>} elements are drawn blank by some renderers).
     */
    public static void appendGroup(StringBuilder sb, Drawing drawing, double x, double y) {
        sb.append("<g transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")\">\n");
        drawing.accept(new SvgRenderer(sb));
        sb.append("</g>\n");
    }

    @Override
    public void raster(RasterImage r) {
        BufferedImage img = new BufferedImage(r.cols(), r.rows(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, r.cols(), r.rows(), r.argb(), 0, r.cols());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the heat map as PNG: " + e.getMessage(), e);
        }
        out.append("<image class=\"heatmap\" x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
                .append("\" width=\"").append(num(r.width())).append("\" height=\"").append(num(r.height()))
                .append("\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
    }

    @Override
    public void polyline(Polyline line) {
        if (line.count() < 2) {
            return;
        }
        String d = pathData(line);
        if (d.isEmpty()) {
            return;
        }
        if (line.hasHalo()) {
            strokePath(line.role() + "-halo", line.key(), d, line.haloArgb(), line.haloWidth());
        }
        if (line.dashed()) {
            StringBuilder dash = new StringBuilder();
            for (double length : line.dash()) {
                dash.append(dash.length() == 0 ? "" : " ").append(num(length));
            }
            out.append("<path").append(cls(line.role(), line.key())).append(" fill=\"none\"")
                    .append(paint("stroke", line.argb())).append(" stroke-width=\"").append(num(line.width()))
                    .append("\" stroke-dasharray=\"").append(dash)
                    .append("\" stroke-linecap=\"butt\" stroke-linejoin=\"round\" d=\"").append(d).append("\"/>\n");
            return;
        }
        strokePath(line.role(), line.key(), d, line.argb(), line.width());
    }

    @Override
    public void filledPath(FilledPath p) {
        StringBuilder d = new StringBuilder();
        p.trace(pathData(d));
        if (d.length() == 0) {
            return;
        }
        out.append("<path").append(cls(p.role(), "")).append(" fill-rule=\"evenodd\"")
                .append(paint("fill", p.fillArgb())).append(" stroke=\"none\" d=\"").append(d).append("\"/>\n");
    }

    @Override
    public void marker(Marker m) {
        out.append(m.shape() == MarkerShape.CIRCLE ? "<circle" : "<path").append(cls(m.role(), ""));
        if (m.shape() == MarkerShape.CIRCLE) {
            out.append(" cx=\"").append(num(m.x())).append("\" cy=\"").append(num(m.y())).append("\" r=\"")
                    .append(num(m.size() / 2)).append('"');
        } else {
            out.append(" d=\"");
            m.shape().trace(m.x(), m.y(), m.size(), pathData(out));
            out.append('"');
        }
        out.append(paint("fill", m.fillArgb()));
        if (Argb.alpha(m.strokeArgb()) > 0 && m.strokeWidth() > 0) {
            out.append(paint("stroke", m.strokeArgb())).append(" stroke-width=\"").append(num(m.strokeWidth()))
                    .append("\" stroke-linejoin=\"round\"");
        }
        out.append("/>\n");
    }

    @Override
    public void text(TextLabel t) {
        if (t.text().isEmpty()) {
            return;
        }
        if (t.hasHalo()) {
            textElement(t, t.role() + "-halo", " fill=\"none\"" + paint("stroke", t.haloArgb()) + " stroke-width=\""
                    + num(t.haloWidth()) + "\" stroke-linejoin=\"round\"");
        }
        textElement(t, t.role(), paint("fill", t.argb()));
    }

    @Override
    public void line(LineSegment l) {
        out.append("<line").append(cls(l.role(), "")).append(" x1=\"").append(num(l.x1())).append("\" y1=\"")
                .append(num(l.y1())).append("\" x2=\"").append(num(l.x2())).append("\" y2=\"").append(num(l.y2()))
                .append('"').append(paint("stroke", l.argb())).append(" stroke-width=\"").append(num(l.width()))
                .append("\"/>\n");
    }

    @Override
    public void rect(RectShape r) {
        out.append("<rect").append(cls(r.role(), "")).append(" x=\"").append(num(r.x())).append("\" y=\"")
                .append(num(r.y())).append("\" width=\"").append(num(r.width())).append("\" height=\"")
                .append(num(r.height())).append('"');
        if (r.cornerRadius() > 0) {
            out.append(" rx=\"").append(num(r.cornerRadius())).append('"');
        }
        out.append(r.hasFill() ? paint("fill", r.fillArgb()) : " fill=\"none\"");
        if (r.hasStroke()) {
            out.append(paint("stroke", r.strokeArgb())).append(" stroke-width=\"").append(num(r.strokeWidth()))
                    .append('"');
        }
        out.append("/>\n");
    }

    /**
     * A clip group as a plain group: the composer keeps clipped content within a few pixels of the rectangle and
     * paints the page over everything outside it (see {@link ClipGroup}), so no clip path is needed, and renderers
     * without clip-path support (ImageMagick's own) draw the same picture.
     */
    @Override
    public void clip(ClipGroup group) {
        out.append("<g").append(cls(group.role(), "")).append(">\n");
        for (Item item : group.items()) {
            item.accept(this);
        }
        out.append("</g>\n");
    }

    private void textElement(TextLabel t, String role, String paint) {
        String anchor = switch (t.hAlign()) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        out.append("<text").append(cls(role, "")).append(" x=\"").append(num(t.x())).append("\" y=\"")
                .append(num(t.baseline())).append("\" font-family=\"DejaVu Sans, Verdana, Arial, Noto Sans CJK SC, "
                        + "sans-serif\" font-size=\"").append(num(t.size())).append('"')
                .append(t.bold() ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor).append('"')
                .append(paint).append('>').append(escape(t.text())).append("</text>\n");
    }

    private void strokePath(String role, String key, String d, int argb, double width) {
        out.append("<path").append(cls(role, key)).append(" fill=\"none\"").append(paint("stroke", argb))
                .append(" stroke-width=\"").append(num(width))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"").append(d).append("\"/>\n");
    }

    private static String pathData(Polyline line) {
        StringBuilder d = new StringBuilder(line.count() * 12);
        boolean penDown = false;
        for (int i = 0; i < line.count(); i++) {
            double x = line.x(i);
            double y = line.y(i);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                penDown = false;
                continue;
            }
            d.append(penDown ? 'L' : 'M').append(num(x)).append(' ').append(num(y));
            penDown = true;
        }
        return d.toString();
    }

    private static String cls(String role, String key) {
        StringBuilder sb = new StringBuilder();
        // The many contour and tick elements go without a class: ImageMagick's own renderer gives up on a document
        // with more than a few hundred classed elements, and nobody styles them one by one.
        if (role != null && !role.isEmpty() && !UNCLASSED.contains(role)) {
            sb.append(" class=\"").append(escape(role)).append('"');
        }
        if (key != null && !key.isEmpty()) {
            sb.append(" data-key=\"").append(escape(key)).append('"');
        }
        return sb.toString();
    }

    private static String paint(String attribute, int argb) {
        int alpha = Argb.alpha(argb);
        if (alpha == 0) {
            return " " + attribute + "=\"none\"";
        }
        String s = " " + attribute + "=\"" + Argb.hex(argb) + "\"";
        return alpha == 255 ? s : s + " " + attribute + "-opacity=\"" + num(alpha / 255.0) + "\"";
    }

    /** At most two decimals, no exponent, "." as decimal point whatever the locale. */
    /** Path data (M x y L x y … Z) appended to the builder. */
    private static PathSink pathData(StringBuilder d) {
        return PathSink.of((x, y) -> d.append('M').append(num(x)).append(' ').append(num(y)),
                (x, y) -> d.append('L').append(num(x)).append(' ').append(num(y)), () -> d.append('Z'));
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long hundredths = Math.round(Math.max(-1e12, Math.min(1e12, v)) * 100);
        long abs = Math.abs(hundredths);
        String whole = (hundredths < 0 ? "-" : "") + abs / 100;
        int frac = (int) (abs % 100);
        if (frac == 0) {
            return hundredths < 0 && abs / 100 == 0 ? "0" : whole;
        }
        return whole + (frac % 10 == 0 ? "." + frac / 10 : frac < 10 ? ".0" + frac : "." + frac);
    }

    /** XML-escapes text and drops characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
