package org.optiviz.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optiviz.plot.draw.FilledPath;

/**
 * Filled contour bands as vector paths. For each level the region {f &lt; level} is bounded by closed rings:
 * the grid is padded with a +∞ border so no iso-line can leave it. Filling each region with the even-odd rule,
 * from the highest level down over a base of the top band's colour, paints every band in its colour (each
 * region contains the ones below it, so the painter's algorithm leaves no gaps).
 */
public final class FilledBands {
    private FilledBands() {
    }

    /** For each level, the boundary rings of {f &lt; level}: the grid padded with +∞ so every ring closes. */
    static PathBuffer[] rings(ValueGrid grid, double[] levels) {
        int cols = grid.cols() + 2;
        int rows = grid.rows() + 2;
        double[] padded = new double[cols * rows];
        Arrays.fill(padded, Double.POSITIVE_INFINITY);
        double[] values = grid.values();
        for (int j = 0; j < grid.rows(); j++) {
            System.arraycopy(values, j * grid.cols(), padded, (j + 1) * cols + 1, grid.cols());
        }
        return new MarchingSquares(padded, cols, rows)
                .trace(levels, grid.x0() - grid.step(), grid.y0() - grid.step(), grid.step());
    }

    /**
     * The regions {f &lt; level} as filled paths in band colours, highest level first; bandColors[k] is the
     * colour of the band below level k. The caller paints the top band (above the highest level) underneath.
     */
    public static List<FilledPath> regions(ValueGrid grid, ContourLevels levels, int[] bandColors) {
        double[] lv = levels.levels();
        PathBuffer[] rings = rings(grid, lv);
        List<FilledPath> out = new ArrayList<>();
        for (int k = lv.length - 1; k >= 0; k--) {
            PathBuffer ring = rings[k].simplified(BackgroundLayer.SIMPLIFY_PX);
            if (ring.pathCount() > 0) {
                out.add(new FilledPath(ring.pointsXy(), ring.pathEnds(), bandColors[k], "band"));
            }
        }
        return out;
    }
}
