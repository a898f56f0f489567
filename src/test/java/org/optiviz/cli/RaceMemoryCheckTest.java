package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.plot.Palette;

/** A render or animation too large for the memory Java has left is refused in one line before any work. */
class RaceMemoryCheckTest {
    private static final long MB = 1 << 20;

    private static Scenario allOptimizers(long steps) {
        RaceSetup setup = RaceSetup.defaults(Surfaces.byKey("rosenbrock"), List.of(OptimizerKind.values()));
        return Scenario.of(setup, Palette::color, steps);
    }

    private static PictureOptions picture() {
        PictureOptions options = new PictureOptions();
        options.width = 1000;
        options.height = 800;
        options.scale = 1;
        return options;
    }

    @Test
    void aMillionStepsOfEveryOptimizerNeedsItsPathsAndThePicture() {
        int runs = OptimizerKind.values().length;
        long needed = runs * 1_000_001L * 24 + 1000 * 800 * 12L; // the path and what drawing it takes
        PictureOptions options = picture();
        assertDoesNotThrow(() -> options.checkMemory(allOptimizers(1_000_000), needed + MB, MB));

        UsageException refused = assertThrows(UsageException.class,
                () -> options.checkMemory(allOptimizers(1_000_000), 256 * MB, 20 * MB));
        assertEquals(runs + " optimizers × 1000000 steps and a 1000×800 picture need about " + (needed / MB + 1)
                + " MB, more than the 236 MB Java has left; use fewer --steps, or give Java more memory "
                + "(java -Xmx" + ((256 + needed / MB + 1 - 236) * 5 / 4) + "m -jar ...)", refused.getMessage());
    }

    @Test
    void aShortRaceFitsEasily() {
        assertDoesNotThrow(() -> picture().checkMemory(allOptimizers(500), 64 * MB, 32 * MB));
    }
}
