package org.optiviz.ui.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.ViewBox;

/** Each example shows every optimizer moving from its start, none diverging, within the default steps. */
class FunctionExamplesTest {
    static Stream<FunctionExamples.Example> examples() {
        return FunctionExamples.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyOptimizerMovesVisiblyAndNoneDiverges(FunctionExamples.Example example) {
        TypedSurface surface = TypedSurface.of(example.text(), example.view(), example.start());
        assertTrue(example.view().contains(example.start().x(), example.start().y()));
        Race race = RaceSetup.defaults(surface, List.of(OptimizerKind.values())).toRace(true);
        race.step(surface.defaultSteps(), surface.defaultSteps());
        ViewBox view = example.view();
        double diagonal = Math.hypot(view.width(), view.height());
        StringBuilder report = new StringBuilder();
        for (Run run : race.runs()) {
            double moved = Math.hypot(run.x() - example.start().x(), run.y() - example.start().y());
            report.append(String.format("%s moved %.3f of the diagonal, status %s, at (%.3f, %.3f)%n",
                    run.kind().key(), moved / diagonal, run.status(), run.x(), run.y()));
        }
        for (Run run : race.runs()) {
            double moved = Math.hypot(run.x() - example.start().x(), run.y() - example.start().y());
            assertTrue(run.status() != RunStatus.DIVERGED && moved > 0.03 * diagonal,
                    example.key() + ": " + run.kind().key() + "\n" + report);
        }
    }
}
