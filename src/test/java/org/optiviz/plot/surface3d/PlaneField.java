package org.optiviz.plot.surface3d;

import java.util.List;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.Field;

/** f(x, y) = a·x + b·y: a tilted plane, whose mesh heights and quad depths are easy to work out by hand. */
record PlaneField(double a, double b) implements Field {
    @Override
    public double value(double x, double y) {
        return a * x + b * y;
    }

    @Override
    public double floor() {
        return Double.NEGATIVE_INFINITY;
    }

    @Override
    public List<Point> marks() {
        return List.of();
    }

    @Override
    public String name() {
        return "plane";
    }

    @Override
    public String formula() {
        return "";
    }
}
