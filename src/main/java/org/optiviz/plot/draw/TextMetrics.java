package org.optiviz.plot.draw;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text sizes for layout, measured with the Java2D font that {@link Java2dRenderer} uses (headless-safe; no
 * display needed). The JavaFX and SVG back ends use the same family, so widths agree to within a pixel or two.
 */
public final class TextMetrics {
    /** The logical family every back end asks for (DejaVu Sans on Debian, with CJK fallback). */
    public static final String FAMILY = "SansSerif";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<Long, Font> FONTS = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    public static Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1L : 0L);
        return FONTS.computeIfAbsent(key, k -> new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) size));
    }

    public static double width(String text, double size, boolean bold) {
        return text.isEmpty() ? 0 : font(size, bold).getStringBounds(text, FRC).getWidth();
    }

    public static double ascent(double size, boolean bold) {
        return lineMetrics(size, bold).getAscent();
    }

    public static double descent(double size, boolean bold) {
        return lineMetrics(size, bold).getDescent();
    }

    private static LineMetrics lineMetrics(double size, boolean bold) {
        return font(size, bold).getLineMetrics("Hg", FRC);
    }
}
