package org.optiviz.plot.draw;

import java.util.ArrayList;
import java.util.List;

/** A picture of width × height pixels: items painted in order, later ones on top. */
public record Drawing(double width, double height, List<Item> items) {
    public Drawing {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a drawing needs a positive size, got " + width + "×" + height);
        }
        items = List.copyOf(items);
    }

    /** These drawings' items one after the other (layers), on the first one's size. */
    public static Drawing layered(Drawing first, Drawing... more) {
        List<Item> all = new ArrayList<>(first.items());
        for (Drawing d : more) {
            all.addAll(d.items());
        }
        return new Drawing(first.width(), first.height(), all);
    }

    /** Calls the visitor for every item in order (groups are entered by the visitor itself). */
    public void accept(ItemVisitor visitor) {
        for (Item item : items) {
            item.accept(visitor);
        }
    }
}
