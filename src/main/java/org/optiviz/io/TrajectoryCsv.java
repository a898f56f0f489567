package org.optiviz.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** One run's recorded points, read live from its trajectory or from a copy. */
    public interface Rows {
        String key();

        List<String> internalNames();

        int size();

        double x(int step);

        double y(int step);

        double loss(int step);

        double internal(int step, int k);
    }

    /** A run's rows read live from its trajectory (no copy; use on the thread that steps the race). */
    public static Rows live(Run run) {
        Trajectory t = run.trajectory();
        return new Copy(run.kind().key(), run.kind().internals(), t.size(), t.xArray(), t.yArray(), t.lossArray(),
                null, t);
    }

    /** A copy of a run's rows, safe to write on another thread while the race goes on. */
    public static Rows copy(Run run) {
        Trajectory t = run.trajectory();
        int n = t.size();
        int k = t.internalCount();
        double[] internals = new double[n * k];
        for (int step = 0; step < n; step++) {
            for (int i = 0; i < k; i++) {
                internals[step * k + i] = t.internal(step, i);
            }
        }
        return new Copy(run.kind().key(), run.kind().internals(), n, Arrays.copyOf(t.xArray(), n),
                Arrays.copyOf(t.yArray(), n), Arrays.copyOf(t.lossArray(), n), internals, null);
    }

    private record Copy(String key, List<String> internalNames, int size, double[] xs, double[] ys, double[] losses,
                        double[] internals, Trajectory source) implements Rows {
        @Override
        public double x(int step) {
            return xs[step];
        }

        @Override
        public double y(int step) {
            return ys[step];
        }

        @Override
        public double loss(int step) {
            return losses[step];
        }

        @Override
        public double internal(int step, int k) {
            return source != null ? source.internal(step, k) : internals[step * internalNames.size() + k];
        }
    }

    public static void write(Race race, Appendable out, boolean withInternals) throws IOException {
        List<Rows> runs = new ArrayList<>();
        for (Run run : race.runs()) {
            runs.add(live(run));
        }
        write(runs, out, withInternals);
    }

    public static void write(List<Rows> runs, Appendable out, boolean withInternals) throws IOException {
        List<String> internalColumns = new ArrayList<>();
        if (withInternals) {
            for (Rows run : runs) {
                for (String name : run.internalNames()) {
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
        for (Rows run : runs) {
            int[] columnOf = new int[internalColumns.size()];
            for (int c = 0; c < columnOf.length; c++) {
                columnOf[c] = run.internalNames().indexOf(internalColumns.get(c));
            }
            for (int step = 0; step < run.size(); step++) {
                line.setLength(0);
                line.append(run.key()).append(',').append(step).append(',')
                        .append(run.x(step)).append(',').append(run.y(step)).append(',')
                        .append(run.loss(step));
                for (int k : columnOf) {
                    line.append(',');
                    if (k >= 0 && step > 0) {
                        line.append(run.internal(step, k));
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
