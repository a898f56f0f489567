package org.optiviz.io;

import java.io.IOException;
import java.util.Locale;
import org.optiviz.core.batch.BatchResult;
import org.optiviz.core.batch.Sweep;

/**
 * A sweep as CSV, one row per cell: {@code optimizer,KEY1,KEY2,loss,status,steps,settled}, the two swept values named
 * by their keys. Values are printed as Java prints doubles, so a cell's values given to {@code trajectory --set}
 * reproduce its loss exactly.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    public static void write(Sweep sweep, Appendable out) throws IOException {
        out.append("optimizer,").append(sweep.x().key()).append(',').append(sweep.y().key())
                .append(",loss,status,steps,settled\n");
        BatchResult result = sweep.result();
        for (int j = 0; j < sweep.y().n(); j++) {
            for (int i = 0; i < sweep.x().n(); i++) {
                int run = sweep.run(i, j);
                int settled = result.settledAt(run);
                out.append(sweep.kind().key()).append(',')
                        .append(Double.toString(sweep.settings()[run].get(sweep.x().key()))).append(',')
                        .append(Double.toString(sweep.settings()[run].get(sweep.y().key()))).append(',')
                        .append(Double.toString(result.loss(run))).append(',')
                        .append(result.status(run).name().toLowerCase(Locale.ROOT)).append(',')
                        .append(Integer.toString(result.steps(run))).append(',')
                        .append(settled < 0 ? "" : Integer.toString(settled)).append('\n');
            }
        }
    }
}
