package org.optiviz.plot.draw;

/** A symbol of the given size (width in pixels) centred on (x, y), filled and outlined. */
public record Marker(MarkerShape shape, double x, double y, double size, int fillArgb, int strokeArgb,
                     double strokeWidth, String role) implements Item {
    @Override
    public void accept(ItemVisitor visitor) {
        visitor.marker(this);
    }
}
