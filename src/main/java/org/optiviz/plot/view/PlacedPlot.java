package org.optiviz.plot.view;

import org.optiviz.plot.PlotRequest;

/** One plot of a page, with its top-left corner at (x, y). */
public record PlacedPlot(double x, double y, PlotRequest request) {
}
