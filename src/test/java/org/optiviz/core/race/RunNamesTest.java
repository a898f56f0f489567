package org.optiviz.core.race;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.RaceSetup.RunSetup;
import org.optiviz.core.surface.Surfaces;

class RunNamesTest {
    private static RunSetup run(OptimizerKind kind, String key, double value) {
        var params = kind.defaultsFor(Surfaces.byKey("ellipsoid"));
        return new RunSetup(kind, key == null ? params : params.with(key, value));
    }

    @Test
    void aKindThatRunsOnceKeepsItsKeyAndName() {
        List<RunSetup> runs = List.of(run(OptimizerKind.SGD, null, 0), run(OptimizerKind.ADAM, null, 0));
        assertEquals("adam", RunNames.key(runs, 1));
        assertEquals("", RunNames.suffix(runs, 1));
    }

    @Test
    void repeatedKindsAreNumberedAndNamedByTheSettingsThatDiffer() {
        List<RunSetup> runs = List.of(
                run(OptimizerKind.ADAM, "lr", 0.1),
                run(OptimizerKind.SGD, null, 0),
                run(OptimizerKind.ADAM, "lr", 0.25),
                run(OptimizerKind.ADAM, "lr", 0.25));
        assertEquals("adam", RunNames.key(runs, 0));
        assertEquals("adam-2", RunNames.key(runs, 2));
        assertEquals("adam-3", RunNames.key(runs, 3));
        assertEquals(" (lr=0.1)", RunNames.suffix(runs, 0));
        assertEquals(" (lr=0.25)", RunNames.suffix(runs, 2));
        assertEquals("", RunNames.suffix(runs, 1));
    }

    @Test
    void identicalRunsAreToldApartByTheirNumber() {
        List<RunSetup> runs = List.of(run(OptimizerKind.NAG, null, 0), run(OptimizerKind.NAG, null, 0));
        assertEquals(" #1", RunNames.suffix(runs, 0));
        assertEquals(" #2", RunNames.suffix(runs, 1));
    }

    @Test
    void choicesShowTheirNamesAlone() {
        List<RunSetup> runs = List.of(run(OptimizerKind.ADASMOOTH, "beta1_map", 0),
                run(OptimizerKind.ADASMOOTH, "beta1_map", 1));
        assertEquals(" (seed)", RunNames.suffix(runs, 0));
        assertEquals(" (full)", RunNames.suffix(runs, 1));
    }
}
