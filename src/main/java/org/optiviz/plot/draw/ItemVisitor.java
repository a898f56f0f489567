package org.optiviz.plot.draw;

/** A back end: one method per kind of primitive. */
public interface ItemVisitor {
    void raster(RasterImage image);

    void polyline(Polyline line);

    void filledPath(FilledPath path);

    void marker(Marker marker);

    void text(TextLabel label);

    void line(LineSegment line);

    void rect(RectShape rect);

    void clip(ClipGroup group);
}
