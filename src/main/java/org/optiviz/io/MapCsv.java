package org.optiviz.io;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.optiviz.core.batch.BatchResult;
import org.optiviz.core.batch.ConvergenceMap;
import org.optiviz.core.batch.StartGrid;

/**
 * Convergence maps as CSV, one row per optimizer and start: {@code optimizer,i,j,x0,y0,x,y,loss,status,steps,basin,
 * settled}. (i, j) is the start's cell (j from the bottom of the view); x, y and loss are the run's last recorded point
 * (a diverged run's last finite one); status is converged, diverged or running as in a race; steps the steps it took
 * and kept; basin the index of the minimum it ended at (the surface's known minima first, in their order; −1 for
 * none); settled the step after which no step moved it more than the settle tolerance (empty when it never settled).
 * Numbers are printed as Java prints doubles, the shortest text that reads back to the same double, so a row's start
 * given to {@code trajectory} reproduces its end exactly.
 */
public final class MapCsv {
    public static final String HEADER = "optimizer,i,j,x0,y0,x,y,loss,status,steps,basin,settled";

    private MapCsv() {
    }

    public static void write(List<ConvergenceMap> maps, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        StringBuilder row = new StringBuilder(160);
        for (ConvergenceMap map : maps) {
            StartGrid grid = map.grid();
            BatchResult result = map.result();
            String key = map.kind().key();
            for (int j = 0; j < grid.rows(); j++) {
                for (int i = 0; i < grid.cols(); i++) {
                    int run = map.run(i, j);
                    int settled = result.settledAt(run);
                    row.setLength(0);
                    row.append(key).append(',').append(i).append(',').append(j).append(',')
                            .append(grid.x(i)).append(',').append(grid.y(j)).append(',')
                            .append(result.x(run)).append(',').append(result.y(run)).append(',')
                            .append(result.loss(run)).append(',')
                            .append(result.status(run).name().toLowerCase(Locale.ROOT)).append(',')
                            .append(result.steps(run)).append(',').append(map.basins().of(run)).append(',')
                            .append(settled < 0 ? "" : Integer.toString(settled)).append('\n');
                    out.append(row);
                }
            }
        }
    }
}
