package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StderrProgressTest {
    private long now;

    private StderrProgress progress(StringWriter sink, boolean terminal) {
        now = 0;
        return new StderrProgress(new PrintWriter(sink), "animate: frame", terminal, () -> now);
    }

    @Test
    void shortJobsPrintNothing() {
        StringWriter sink = new StringWriter();
        StderrProgress p = progress(sink, true);
        for (int i = 1; i <= 100; i++) {
            now += 19_000_000L; // 1.9 s in all
            p.progress(i, 100);
        }
        p.close();
        assertEquals("", sink.toString());
    }

    @Test
    void logsGetAPlainLineEveryTenSecondsAndTheLast() {
        StringWriter sink = new StringWriter();
        StderrProgress p = progress(sink, false);
        for (int i = 1; i <= 25; i++) {
            now += 1_000_000_000L; // one frame a second
            p.progress(i, 25);
        }
        assertEquals("animate: frame 10/25 (40 %), about 15 s left\n"
                + "animate: frame 20/25 (80 %), about 5 s left\n"
                + "animate: frame 25/25 (100 %)\n", sink.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void terminalsGetOneLineRedrawnWithABar() {
        StringWriter sink = new StringWriter();
        StderrProgress p = progress(sink, true);
        now = 3_000_000_000L;
        p.progress(1, 4);
        assertEquals("\r[########                      ] animate: frame 1/4 (25 %), about 9 s left", sink.toString());
        p.close();
        assertEquals(System.lineSeparator(), sink.toString().substring(sink.toString().length()
                - System.lineSeparator().length()));
    }
}
