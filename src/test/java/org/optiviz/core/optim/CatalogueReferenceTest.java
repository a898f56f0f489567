package org.optiviz.core.optim;

import org.optiviz.testkit.ReferenceVectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.optiviz.core.optim.ReferenceTrajectoryTest.assertClose;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

/**
 * The optimizers added with the catalogue and the learning-rate schedules against trajectories from an independent
 * implementation (reference/catalogue.csv in the test resources): x, y and loss at every step to 1e-9 relative.
 *
 * <p>The reference writes no step after a run has blown up: RAdam on Beale at lr 0.05 has steps 0 to 2 only. Its
 * step 2 (loss 3.9·10¹¹ at (43.6, 24.3)) is finite and inside the app's bound, so it is kept here too; step 3
 * lands at (−3.3·10⁸, −1.8·10⁹) with a loss of 3.6·10⁷², past {@link Run#DIVERGENCE_BOUND} = 10⁸, so the app
 * ends the run there without recording the step, as the reference does. A run the reference cuts short must
 * therefore diverge here at the very next step; the rules agree on this file, though a reference that stopped on
 * loss alone could differ from the app's bound on |x| and |y| on other runs.
 */
class CatalogueReferenceTest {
    record Case(String surface, Point start, String optimizer, String params, List<double[]> rows) {
        @Override
        public String toString() {
            return surface + " " + optimizer + " " + params;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        Map<String, Case> byRun = new LinkedHashMap<>();
        for (String line : ReferenceVectors.lines("catalogue.csv")) {
            if (line.startsWith("#") || line.startsWith("surface,")) {
                continue;
            }
            String[] c = line.split(",", -1);
            Case run = byRun.computeIfAbsent(String.join("|", c[0], c[1], c[2], c[3], c[4]),
                    k -> new Case(c[0], new Point(Double.parseDouble(c[1]), Double.parseDouble(c[2])), c[3], c[4],
                            new ArrayList<>()));
            run.rows().add(new double[] {Double.parseDouble(c[5]), Double.parseDouble(c[6]),
                Double.parseDouble(c[7]), Double.parseDouble(c[8])});
        }
        return byRun.values().stream().map(Arguments::of);
    }

    static int longest() throws IOException {
        return cases().mapToInt(a -> ((Case) a.get()[0]).rows().size()).max().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithReference(Case expected) throws IOException {
        OptimizerKind kind = OptimizerKind.byKey(expected.optimizer());
        Hyperparams params = ReferenceVectors.paramsColumn(kind, expected.params());
        Race race = new Race(Surfaces.byKey(expected.surface()), expected.start(), 0, 0, true);
        Run run = race.add(kind, params);
        int steps = longest() - 1;
        race.step(steps, steps);
        int recorded = expected.rows().size();
        if (recorded < longest()) {
            assertEquals(RunStatus.DIVERGED, run.status(), expected + " ends early in the reference");
            assertEquals(recorded, run.divergedAt(), expected + ": diverged right after the reference's last step");
        }
        assertEquals(recorded, run.trajectory().size(), expected + " points recorded");
        for (double[] row : expected.rows()) {
            int step = (int) row[0];
            assertClose(row[1], run.trajectory().x(step), expected + " x at step " + step);
            assertClose(row[2], run.trajectory().y(step), expected + " y at step " + step);
            assertClose(row[3], run.trajectory().loss(step), expected + " loss at step " + step);
        }
    }
}
