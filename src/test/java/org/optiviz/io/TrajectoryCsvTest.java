package org.optiviz.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

class TrajectoryCsvTest {
    /** Every optimizer on Rosenbrock with noise; SGD at a learning rate that diverges. */
    private static RaceSetup setup() {
        List<RaceSetup.RunSetup> runs = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            var surface = Surfaces.byKey("rosenbrock");
            var params = kind.defaultsFor(surface);
            runs.add(new RaceSetup.RunSetup(kind, kind.key().equals("sgd") ? params.with("lr", 0.05) : params));
        }
        return new RaceSetup(Surfaces.byKey("rosenbrock"), new Point(-1.2, 1), 0.3, 11, runs);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void streamedRowsAreTheRecordedRaceBitForBit(boolean withInternals) throws IOException {
        RaceSetup setup = setup();
        Race recorded = setup.toRace(true);
        recorded.step(300, 300);
        StringBuilder streamed = new StringBuilder();
        long[] divergedAt = TrajectoryCsv.stream(setup, 300, streamed, withInternals);

        assertEquals(TrajectoryCsv.toString(recorded, withInternals), streamed.toString());
        long[] expected = recorded.runs().stream().mapToLong(Run::divergedAt).toArray();
        assertArrayEquals(expected, divergedAt);
        assertTrue(divergedAt[0] > 0, "the case covers a run that diverges");
    }

    /** The window's export: runs recording their path alone, written again from their settings histories. */
    @org.junit.jupiter.api.Test
    void runsRecordingTheirPathAloneAreWrittenWithTheirInternals() throws IOException {
        RaceSetup setup = setup();
        Race recorded = setup.toRace(true);
        Race window = setup.toRace(org.optiviz.core.race.Recording.PATH);
        for (Race race : List.of(recorded, window)) {
            race.step(120, 250);
            race.runs().get(1).setParams(race.runs().get(1).params().with("lr", 0.0005));
            race.step(80, 250);
        }
        List<TrajectoryCsv.Replay> replays = new ArrayList<>();
        for (Run run : window.runs()) {
            replays.add(TrajectoryCsv.Replay.of(run, run.kind().key()));
        }
        StringBuilder written = new StringBuilder();
        TrajectoryCsv.stream(setup, replays, written, true);

        assertEquals(TrajectoryCsv.toString(recorded, true), written.toString());
    }

    /** A long write reports rows as it goes and stops, writing nothing more, once cancelled. */
    @org.junit.jupiter.api.Test
    void aLongWriteReportsRowsAndStopsWhenCancelled() throws IOException {
        RaceSetup setup = setup();
        List<TrajectoryCsv.Replay> replays = new ArrayList<>();
        for (RaceSetup.RunSetup run : setup.runs()) {
            replays.add(new TrajectoryCsv.Replay(run.kind().key(), run.kind(), List.of(new org.optiviz.core.race.SettingsChange(0,
                    run.params())), 2000));
        }
        List<long[]> reports = new ArrayList<>();
        boolean[] stop = {false};
        TrajectoryCsv.Progress progress = new TrajectoryCsv.Progress() {
            @Override
            public void rows(long done, long total) {
                reports.add(new long[] {done, total});
                stop[0] = true;
            }

            @Override
            public boolean cancelled() {
                return stop[0];
            }
        };
        StringBuilder out = new StringBuilder();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> TrajectoryCsv.stream(setup, replays, out, false, progress));
        assertEquals(1, reports.size(), "one report, then the cancel is seen at the next");
        assertEquals(16384, reports.get(0)[0]);
        assertEquals(setup.runs().size() * 2001L, reports.get(0)[1]);
        assertEquals(2 * 16384 + 1, out.toString().lines().count(), "the header and the rows up to the cancel");
    }
}
