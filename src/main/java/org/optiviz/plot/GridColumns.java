package org.optiviz.plot;

/**
 * How many columns a side-by-side grid of small plots gets: the count that shows the view largest in each cell.
 * The window and the exports both ask here, so an exported grid is laid out as the window lays it out.
 */
public final class GridColumns {
    /** Room in each cell beside the plot for the y axis's ticks and label. */
    static final double CELL_MARGIN_X = 50;
    /** Room in each cell above and below the plot for the title and the x axis. */
    static final double CELL_MARGIN_Y = 60;

    private GridColumns() {
    }

    /**
     * The column count whose cells hold the largest plot of a view with this aspect (width / height) in a
     * width × height area; fewer columns on ties.
     */
    public static int best(int n, double width, double height, double aspect) {
        int best = 1;
        double bestWidth = -1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double cellWidth = width / columns - CELL_MARGIN_X;
            double cellHeight = height / rows - CELL_MARGIN_Y;
            double plotWidth = Math.min(cellWidth, cellHeight * aspect);
            if (plotWidth > bestWidth * 1.0001) {
                bestWidth = plotWidth;
                best = columns;
            }
        }
        return best;
    }
}
