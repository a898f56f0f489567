package org.optiviz.ui.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optiviz.core.batch.LrTuning;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.io.TuningCsv;

/** The table tuning chose from, as the dialog shows it and as "Save as CSV" writes it. */
class TuningTableTest {
    private static LrTuning tune(OptimizerKind kind) {
        Surface ellipsoid = Surfaces.byKey("ellipsoid");
        return LrTuning.compute(ellipsoid, 0, 0, false, kind, kind.defaultsFor(ellipsoid), ellipsoid.defaultStart(),
                ellipsoid.defaultView(), 100, 1, () -> false, (done, total) -> { });
    }

    @Test
    void oneRowPerLrOneColumnPerOptimizerTheChoicesMarked(@TempDir Path dir) throws IOException {
        List<LrTuning> tunings = List.of(tune(OptimizerKind.SGD), tune(OptimizerKind.ADAM));
        List<TuningTable.Row> rows = TuningTable.rows(tunings, "diverged");
        assertEquals(tunings.get(0).candidates().length, rows.size(), "both have lr up to 100: the same grid");
        for (int k = 0; k < tunings.size(); k++) {
            LrTuning t = tunings.get(k);
            int column = k;
            List<TuningTable.Row> marked = rows.stream().filter(r -> r.cells().get(column).startsWith("✔")).toList();
            assertEquals(1, marked.size());
            assertEquals(t.chosenLr(), marked.get(0).lr());
        }
        // SGD diverges from lr 0.562 up on the ellipsoid (2/λmax = 0.5)
        TuningTable.Row past = rows.stream().filter(r -> r.lr() > 0.5).findFirst().orElseThrow();
        assertEquals("diverged", past.cells().get(0));

        Path file = dir.resolve("tuning.csv");
        TuningTable.write(tunings, file);
        StringBuilder expected = new StringBuilder();
        TuningCsv.write(tunings, expected);
        assertEquals(expected.toString(), Files.readString(file));
        assertTrue(TuningTable.summary(tunings).startsWith("SGD 0.316, Adam "));
    }
}
