package org.optiviz.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.Trajectory;

/**
 * Recorded trajectories as CSV: {@code optimizer,step,x,y,loss}, optionally followed by one column per internal
 * name found in any run (empty where a run's optimizer has no such internal, and at step 0). Numbers are printed
 * with {@link Double#toString}, which reads back to the same double.
 */
public final class TrajectoryCsv {
    public static final String HEADER = "optimizer,step,x,y,loss";

    private TrajectoryCsv() {
    }

    public static void write(Race race, Appendable out, boolean withInternals) throws IOException {
        List<String> internalColumns = new ArrayList<>();
        if (withInternals) {
            for (Run run : race.runs()) {
                for (String name : run.kind().internals()) {
                    if (!internalColumns.contains(name)) {
                        internalColumns.add(name);
                    }
                }
            }
        }
        out.append(HEADER);
        for (String name : internalColumns) {
            out.append(',').append(name);
        }
        out.append('\n');
        StringBuilder line = new StringBuilder(128);
        for (Run run : race.runs()) {
            Trajectory trajectory = run.trajectory();
            int[] columnOf = new int[internalColumns.size()];
            for (int c = 0; c < columnOf.length; c++) {
                columnOf[c] = run.kind().internals().indexOf(internalColumns.get(c));
            }
            for (int step = 0; step < trajectory.size(); step++) {
                line.setLength(0);
                line.append(run.kind().key()).append(',').append(step).append(',')
                        .append(trajectory.x(step)).append(',').append(trajectory.y(step)).append(',')
                        .append(trajectory.loss(step));
                for (int k : columnOf) {
                    line.append(',');
                    if (k >= 0 && step > 0) {
                        line.append(trajectory.internal(step, k));
                    }
                }
                out.append(line).append('\n');
            }
        }
    }

    /** The CSV as one string. */
    public static String toString(Race race, boolean withInternals) {
        StringBuilder sb = new StringBuilder();
        try {
            write(race, sb, withInternals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
