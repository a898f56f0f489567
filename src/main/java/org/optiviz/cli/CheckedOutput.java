package org.optiviz.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that fails loudly. {@link java.io.PrintStream} and {@link java.io.PrintWriter} swallow write
 * errors, so a command redirected to a full disk would exit 0 having lost its output; this stream turns the first
 * failed write into an {@link OutputFailure} that ends the command instead.
 */
final class CheckedOutput extends OutputStream {
    private final OutputStream target;

    CheckedOutput(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        try {
            target.write(b);
        } catch (IOException e) {
            throw OutputFailure.of(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            target.write(bytes, offset, length);
        } catch (IOException e) {
            throw OutputFailure.of(e);
        }
    }

    @Override
    public void flush() {
        try {
            target.flush();
        } catch (IOException e) {
            throw OutputFailure.of(e);
        }
    }

    /**
     * A write to standard output that did not reach its target. Unchecked, so that it passes through the
     * writers that would otherwise swallow it and ends the command.
     */
    static final class OutputFailure extends RuntimeException {
        private final boolean closedPipe;

        private OutputFailure(String reason, boolean closedPipe) {
            super(reason, null, false, false);
            this.closedPipe = closedPipe;
        }

        static OutputFailure of(IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String lower = reason.toLowerCase(Locale.ROOT);
            return new OutputFailure(reason, lower.contains("broken pipe") || lower.contains("stream closed"));
        }

        /** The reader went away (as with {@code | head}): not an error worth a message. */
        boolean closedPipe() {
            return closedPipe;
        }
    }
}
