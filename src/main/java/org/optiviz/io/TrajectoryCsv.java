package org.optiviz.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Column;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunNames;
import org.optiviz.core.race.RunReplay;
import org.optiviz.core.race.SettingsChange;
import org.optiviz.core.race.Trajectory;
import org.optiviz.core.surface.Surface;

/**
 * Recorded trajectories as CSV: {@code optimizer,step,x,y,loss}, optionally followed by one column per internal
 * name found in any run (empty where a run's optimizer has no such internal, and at step 0). Numbers are printed
 * with {@link Double#toString}, which reads back to the same double.
 *
 * <p>The loss column is the full-batch loss f(x, y) at every row. A minibatch run records its batches' losses
 * (so that a step costs O(m)); for those the full loss is computed here, as the rows are written.
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

    /** A run's rows as recorded so far (the recorded values are shared, not copied). */
    public static Rows live(Run run, Objective objective) {
        Trajectory t = run.trajectory();
        return new Recorded(run.kind().key(), run.kind().internals(), t.size(), t.xs(), t.ys(), t.losses(), t,
                objective.minibatched() ? objective.surface() : null);
    }

    private record Recorded(String key, List<String> internalNames, int size, Column xs, Column ys, Column losses,
                            Trajectory source, Surface fullLoss) implements Rows {
        @Override
        public double x(int step) {
            return xs.get(step);
        }

        @Override
        public double y(int step) {
            return ys.get(step);
        }

        @Override
        public double loss(int step) {
            return fullLoss != null ? fullLoss.value(xs.get(step), ys.get(step)) : losses.get(step);
        }

        @Override
        public double internal(int step, int k) {
            return source.internal(step, k);
        }
    }

    public static void write(Race race, Appendable out, boolean withInternals) throws IOException {
        List<Rows> runs = new ArrayList<>();
        for (Run run : race.runs()) {
            runs.add(live(run, race.objective()));
        }
        write(runs, out, withInternals);
    }

    public static void write(List<Rows> runs, Appendable out, boolean withInternals) throws IOException {
        List<List<String>> names = new ArrayList<>();
        for (Rows run : runs) {
            names.add(run.internalNames());
        }
        List<String> internalColumns = withInternals ? internalColumns(names) : List.of();
        writeHeader(internalColumns, out);
        StringBuilder line = new StringBuilder(128);
        for (Rows run : runs) {
            int[] columnOf = columnsOf(run.internalNames(), internalColumns);
            for (int step = 0; step < run.size(); step++) {
                appendRow(line, run.key(), step, run.x(step), run.y(step), run.loss(step));
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

    /**
     * Runs the race and writes each row as it is stepped, one run after another, without recording: memory stays
     * constant however many steps there are. The rows are those {@link #write} gives for the same race recorded,
     * because each run's path depends only on its own settings and on the noise at each step.
     *
     * @return the step at which each run diverged, or −1, in the setup's order
     */
    public static long[] stream(RaceSetup setup, long steps, Appendable out, boolean withInternals)
            throws IOException {
        List<Replay> runs = new ArrayList<>();
        for (int i = 0; i < setup.runs().size(); i++) {
            RaceSetup.RunSetup run = setup.runs().get(i);
            runs.add(new Replay(RunNames.key(setup.runs(), i), run.kind(),
                    List.of(new SettingsChange(0, run.params())), steps));
        }
        return stream(setup, runs, out, withInternals);
    }

    /**
     * A run to write by stepping it again: its kind, its settings history (see {@link Run#history()}) and the step
     * to stop at (it stops earlier if it diverges).
     */
    public record Replay(String key, OptimizerKind kind, List<SettingsChange> history, long steps) {
        /**
         * What it takes to write this run again later, read now (on the thread that steps it); {@code key} names
         * it in the optimizer column (see {@link RunNames#key}).
         */
        public static Replay of(Run run, String key) {
            return new Replay(key, run.kind(), run.history(), run.step());
        }
    }

    /** How far a long write is, and whether to stop it. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void rows(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** Called every few thousand rows; total counts every run to its last step, so a divergence ends early. */
        void rows(long done, long total);

        /** Polled as often; when true the write stops with a {@link java.util.concurrent.CancellationException}. */
        boolean cancelled();
    }

    /** Rows between progress reports: a few milliseconds of stepping and formatting. */
    private static final int ROWS_PER_REPORT = 1 << 14;

    /**
     * Writes runs of a race with this ground (surface, start, noise) by stepping each again, one after another,
     * keeping nothing: the rows, internals included, of runs that recorded their path alone, in constant memory.
     *
     * @return the step at which each run diverged, or −1, in the given order
     */
    public static long[] stream(RaceSetup ground, List<Replay> runs, Appendable out, boolean withInternals)
            throws IOException {
        return stream(ground, runs, out, withInternals, Progress.NONE);
    }

    /** As {@link #stream(RaceSetup, List, Appendable, boolean)}, reporting rows written and stopping when asked. */
    public static long[] stream(RaceSetup ground, List<Replay> runs, Appendable out, boolean withInternals,
                                Progress progress) throws IOException {
        long total = 0;
        for (Replay run : runs) {
            total += run.steps() + 1;
        }
        long written = 0;
        List<List<String>> names = new ArrayList<>();
        for (Replay run : runs) {
            names.add(run.kind().internals());
        }
        List<String> internalColumns = withInternals ? internalColumns(names) : List.of();
        writeHeader(internalColumns, out);
        long[] divergedAt = new long[runs.size()];
        boolean minibatched = ground.objective().minibatched();
        StringBuilder line = new StringBuilder(128);
        for (int r = 0; r < divergedAt.length; r++) {
            Replay planned = runs.get(r);
            RunReplay replay = new RunReplay(planned.kind(), planned.history(), ground.start(), ground.objective());
            Run run = replay.run();
            int[] columnOf = columnsOf(planned.kind().internals(), internalColumns);
            do {
                double loss = minibatched ? ground.surface().value(run.x(), run.y()) : run.loss();
                appendRow(line, planned.key(), run.step(), run.x(), run.y(), loss);
                for (int k : columnOf) {
                    line.append(',');
                    if (k >= 0 && run.step() > 0) {
                        line.append(run.internal(k));
                    }
                }
                out.append(line).append('\n');
                if ((++written & (ROWS_PER_REPORT - 1)) == 0) {
                    if (progress.cancelled()) {
                        throw new java.util.concurrent.CancellationException("the export was cancelled");
                    }
                    progress.rows(written, total);
                }
            } while (run.step() < planned.steps() && replay.advance());
            divergedAt[r] = run.divergedAt();
        }
        return divergedAt;
    }

    /** Every internal name of the runs, each once, in order of first appearance. */
    private static List<String> internalColumns(List<List<String>> namesPerRun) {
        List<String> columns = new ArrayList<>();
        for (List<String> names : namesPerRun) {
            for (String name : names) {
                if (!columns.contains(name)) {
                    columns.add(name);
                }
            }
        }
        return columns;
    }

    /** For each column, the index of that internal in the run's own list, or −1 when the run has none. */
    private static int[] columnsOf(List<String> internalNames, List<String> columns) {
        int[] columnOf = new int[columns.size()];
        for (int c = 0; c < columnOf.length; c++) {
            columnOf[c] = internalNames.indexOf(columns.get(c));
        }
        return columnOf;
    }

    private static void writeHeader(List<String> internalColumns, Appendable out) throws IOException {
        out.append(HEADER);
        for (String name : internalColumns) {
            out.append(',').append(name);
        }
        out.append('\n');
    }

    private static void appendRow(StringBuilder line, String key, long step, double x, double y, double loss) {
        line.setLength(0);
        line.append(key).append(',').append(step).append(',').append(x).append(',').append(y).append(',')
                .append(loss);
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
