package org.optiviz.plot;

import java.util.List;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.surface.Point;
import org.optiviz.plot.data.DataLossField;
import org.optiviz.core.surface.Surface;

/**
 * A scalar field f(x, y) that the background layer pictures as filled contours: a test surface today, and
 * anything else with a value at every point of the plane (a typed-in function, a data set's loss, a map of
 * results). Implementations must be safe to evaluate from several threads at once, and equal when they picture
 * the same field (the window keeps the contour layer while the field stays equal).
 */
public interface Field {
    /** f(x, y); NaN or infinite where undefined (shown in the colour of the highest band). */
    double value(double x, double y);

    /** A lower bound of f, from which contour levels are spaced on a log scale; −∞ when unknown. */
    double floor();

    /** Points marked with a star (the minima); empty for none. */
    List<Point> marks();

    /** The name in the plot's title line. */
    String name();

    /** The formula after the name, or an empty string. */
    String formula();

    /**
     * Whether sampling the field for a picture takes long enough to stall a window (a data model's loss): then the
     * window samples it on a background thread.
     */
    default boolean slowToSample() {
        return false;
    }

    /** A test surface as a field; a data model's loss through {@link DataLossField}, whose cost does not grow with N. */
    static Field of(Surface surface) {
        if (surface instanceof DataModel model) {
            return DataLossField.of(model);
        }
        return new SurfaceField(surface);
    }

    /** A surface pictured through its value, floor, minima, name and formula. */
    record SurfaceField(Surface surface) implements SurfaceBacked {
    }
}
