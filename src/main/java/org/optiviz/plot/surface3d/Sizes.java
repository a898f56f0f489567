package org.optiviz.plot.surface3d;

import org.optiviz.plot.PlotOptions;

/** Sizes of text, lines and markers of the 3D view at a presentation scale, matching the flat plot's. */
final class Sizes {
    final double s;
    final double titleFont;
    final double labelFont;
    final double tickFont;
    final double margin;
    final double path;
    final double halo;
    final double dot;
    final double ball;
    final double cross;

    Sizes(PlotOptions o) {
        s = o.scale();
        titleFont = 15 * s;
        labelFont = 12.5 * s;
        tickFont = 11 * s;
        margin = 10 * s;
        path = 2.2 * s;
        halo = path + 1.4 * s;
        dot = 11 * s;
        ball = 14 * s;
        cross = 18 * s;
    }

    double titleLineHeight() {
        return titleFont * 1.9;
    }
}
