package org.optiviz.plot.draw;

import java.util.List;

/**
 * Items drawn only inside the rectangle x, y, width, height (the plot area). The JavaFX back end skips the
 * clip by default for speed; the composer keeps such content within a few pixels of the rectangle and covers
 * the margins, so the picture is the same.
 */
public record ClipGroup(double x, double y, double width, double height, List<Item> items, String role)
        implements Item {
    public ClipGroup {
        items = List.copyOf(items);
    }

    @Override
    public void accept(ItemVisitor visitor) {
        visitor.clip(this);
    }
}
