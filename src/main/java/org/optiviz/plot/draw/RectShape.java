package org.optiviz.plot.draw;

/** An axis-aligned rectangle; a colour with alpha 0 means no fill or no outline. */
public record RectShape(double x, double y, double width, double height, int fillArgb, int strokeArgb,
                        double strokeWidth, double cornerRadius, String role) implements Item {

    public static RectShape filled(double x, double y, double width, double height, int fillArgb, String role) {
        return new RectShape(x, y, width, height, fillArgb, 0, 0, 0, role);
    }

    public boolean hasFill() {
        return Argb.alpha(fillArgb) > 0;
    }

    public boolean hasStroke() {
        return Argb.alpha(strokeArgb) > 0 && strokeWidth > 0;
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.rect(this);
    }
}
