package org.optiviz.plot.draw;

import java.util.List;

/**
 * Items meant to show only inside the rectangle x, y, width, height (the plot area). Clipping is decided here,
 * once for every back end: the composer keeps such content within a few pixels of the rectangle and paints the
 * page colour over everything outside it, so a back end may draw the items unclipped and show the same picture.
 * Java2D clips exactly; SVG writes a plain group (simple renderers get clip paths wrong); the JavaFX canvas turns
 * the rectangle into its node's clip, which also bounds what it repaints.
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
