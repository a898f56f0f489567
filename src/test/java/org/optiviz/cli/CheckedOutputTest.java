package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Standard output that cannot be written ends a command with an error, or quietly for a closed pipe. */
class CheckedOutputTest {
    /** Accepts {@code room} bytes, then fails every write with the given reason, as a full disk or pipe does. */
    private static final class FailingStream extends OutputStream {
        private final String reason;
        private int room;

        FailingStream(int room, String reason) {
            this.room = room;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException(reason);
            }
        }
    }

    private static CliRun runInto(OutputStream sink, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new CheckedOutput(sink), StandardCharsets.UTF_8),
                true);
        StringWriter err = new StringWriter();
        int code = OptiVizCommand.run(args, out, new PrintWriter(err, true));
        return new CliRun(code, "", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "trajectory --steps 2000", "scenario", "--help"})
    void aFullDiskIsAnErrorNamingStandardOutput(String command) {
        CliRun r = runInto(new FailingStream(100, "No space left on device"), command.split(" "));
        assertEquals(OptiVizCommand.WRITE_FAILED, r.exitCode(), r.err());
        assertTrue(r.errorLine().endsWith("cannot write to standard output: No space left on device"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "trajectory --steps 2000"})
    void aClosedPipeEndsQuietly(String command) {
        CliRun r = runInto(new FailingStream(100, "Broken pipe"), command.split(" "));
        assertEquals(OptiVizCommand.CLOSED_PIPE, r.exitCode());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "trajectory --steps 20"})
    void outputThatFitsIsWrittenWhole(String command) {
        CliRun expected = CliRun.of(command.split(" "));
        ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        CliRun r = runInto(sink, command.split(" "));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(expected.out(), sink.toString(StandardCharsets.UTF_8));
    }
}
