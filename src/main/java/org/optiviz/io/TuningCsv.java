package org.optiviz.io;

import java.io.IOException;
import java.util.List;
import org.optiviz.core.batch.LrTuning;

/**
 * The tables learning rates were chosen from, as CSV: {@code optimizer,lr,criterion,diverged,chosen}, one row per
 * optimizer and candidate; criterion is the mean final loss above the floor over the runs of that lr (Infinity when
 * any diverged), diverged how many of them did, chosen 1 on the row of the lr picked.
 */
public final class TuningCsv {
    public static final String HEADER = "optimizer,lr,criterion,diverged,chosen";

    private TuningCsv() {
    }

    public static void write(List<LrTuning> tunings, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (LrTuning tuning : tunings) {
            for (int c = 0; c < tuning.candidates().length; c++) {
                out.append(tuning.kind().key()).append(',').append(Double.toString(tuning.candidates()[c])).append(',')
                        .append(Double.toString(tuning.criterion()[c])).append(',')
                        .append(Integer.toString(tuning.diverged()[c])).append(',')
                        .append(c == tuning.chosen() ? "1" : "0").append('\n');
            }
        }
    }
}
