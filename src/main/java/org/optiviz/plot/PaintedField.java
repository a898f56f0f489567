package org.optiviz.plot;

import java.util.List;

/**
 * A field pictured by colours of its own rather than by contours of its values: a map of where runs end. The
 * background layer paints each pixel in the colour of the point under its centre, and the decorations add the
 * field's colour key, so the window and every export show it alike.
 */
public interface PaintedField extends Field {
    /** The opaque ARGB colour at (x, y). */
    int color(double x, double y);

    /** What the colours mean, in the order the key lists them. */
    List<KeyEntry> key();

    /** One row of the colour key. */
    record KeyEntry(int color, String label) {
    }
}
