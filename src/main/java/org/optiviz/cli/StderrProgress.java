package org.optiviz.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.optiviz.io.export.ExportProgress;

/**
 * Progress of a long command on standard error. Silent for the first two seconds (short jobs print nothing);
 * then, on a terminal, one line redrawn in place with a bar and the time left; otherwise (a log, a pipe) a
 * plain line every ten seconds, so logs do not fill with carriage returns.
 */
final class StderrProgress implements ExportProgress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long begin;
    private long lastShown;
    private boolean shownOnTerminal;

    StderrProgress(PrintWriter err, String what, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.what = what;
        this.terminal = terminal;
        this.clock = clock;
        this.begin = clock.getAsLong();
        this.lastShown = begin;
    }

    /** For the process's own standard error, drawn in place when it is a terminal. */
    static StderrProgress of(PrintWriter err, String what) {
        return new StderrProgress(err, what, System.console() != null, System::nanoTime);
    }

    @Override
    public void progress(int done, int total) {
        long now = clock.getAsLong();
        boolean finished = done >= total;
        if (now - begin < QUIET_NANOS || !(finished || now - lastShown >= (terminal ? TERMINAL_EVERY_NANOS
                : LOG_EVERY_NANOS))) {
            return;
        }
        lastShown = now;
        String line = line(done, total, now - begin);
        if (terminal) {
            err.print("\r" + line + (finished ? "\n" : ""));
            shownOnTerminal = !finished;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends a line left open on the terminal, so that a message after it starts on a line of its own. */
    void close() {
        if (shownOnTerminal) {
            err.println();
            err.flush();
            shownOnTerminal = false;
        }
    }

    String line(int done, int total, long elapsedNanos) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        String left = done <= 0 ? "" : ", about " + duration(elapsedNanos / 1e9 * (total - done) / done) + " left";
        String count = String.format(Locale.ROOT, "%s %d/%d (%d %%)%s", what, done, total,
                Math.round(fraction * 100), done >= total ? "" : left);
        if (!terminal) {
            return count;
        }
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + count;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s"
                : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
