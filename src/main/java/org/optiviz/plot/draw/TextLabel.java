package org.optiviz.plot.draw;

/**
 * One line of text anchored at (x, y): horizontally by {@link HAlign}, vertically by {@link VAlign}. An
 * optional halo (outline in another colour) keeps it legible over the heat map.
 */
public record TextLabel(double x, double y, String text, double size, boolean bold, HAlign hAlign,
                        VAlign vAlign, int argb, int haloArgb, String role) implements Item {

    public enum HAlign { LEFT, CENTER, RIGHT }

    public enum VAlign { TOP, CENTER, BASELINE, BOTTOM }

    public boolean hasHalo() {
        return Argb.alpha(haloArgb) > 0;
    }

    /**
     * The stroke width of the halo drawn under the glyphs: a quarter of the font size (half of that width lies
     * outside the glyph), and at least 2 pixels so small text keeps a visible outline.
     */
    public double haloWidth() {
        return Math.max(2, size / 4);
    }

    /** Left edge of the text, from its measured width. */
    public double left() {
        double w = TextMetrics.width(text, size, bold);
        return switch (hAlign) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
    }

    /** The baseline's y, from the font's ascent and descent. */
    public double baseline() {
        double ascent = TextMetrics.ascent(size, bold);
        double descent = TextMetrics.descent(size, bold);
        return switch (vAlign) {
            case TOP -> y + ascent;
            case CENTER -> y + (ascent - descent) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - descent;
        };
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.text(this);
    }
}
