package org.optiviz.plot.view;

import java.util.List;
import org.optiviz.plot.PlotOptions;

/**
 * A way of showing a scene: the plots it places on a page of width × height pixels. The window draws what a view
 * places and every export draws the same placement, so a view looks alike on screen and in every file.
 */
public interface PlotView {
    /**
     * The plots on the page, each at its top-left corner, drawn in this order.
     *
     * @param look the page's look (theme, scale, labels); a view may change it per plot (titles, smaller text)
     */
    List<PlacedPlot> plots(PlotScene scene, double width, double height, PlotOptions look);

    /** Why a page of this size cannot hold the scene's plots (cells too small to read), or null. */
    String sizeProblem(PlotScene scene, double width, double height);
}
