package org.optiviz.plot.draw;

/**
 * One primitive of a {@link Drawing}, in pixel coordinates (origin top left, y down). Every back end renders
 * the same items, so the window and every export show the same picture.
 */
public sealed interface Item
        permits RasterImage, Polyline, FilledPath, Marker, TextLabel, LineSegment, RectShape, ClipGroup {

    void accept(ItemVisitor visitor);
}
