package org.optiviz.plot;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * A field whose value, floor, marks, name and formula are those of a surface: the surface itself, and the
 * pictures of results over it (convergence maps) that keep its contours' scale and its minima.
 */
public interface SurfaceBacked extends Field {
    Surface surface();

    @Override
    default double value(double x, double y) {
        return surface().value(x, y);
    }

    @Override
    default double floor() {
        return surface().floor();
    }

    @Override
    default List<Point> marks() {
        return surface().minima();
    }

    @Override
    default String name() {
        return surface().displayName();
    }

    @Override
    default String formula() {
        return surface().formula();
    }
}
