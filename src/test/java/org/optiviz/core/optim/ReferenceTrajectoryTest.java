package org.optiviz.core.optim;

import org.optiviz.testkit.ReferenceVectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surfaces;

/**
 * Every optimizer against trajectories from an independent implementation (the test resources' reference/
 * folder): x, y and loss at every step agree to 1e-9 relative.
 */
class ReferenceTrajectoryTest {
    private static final double RELATIVE = 1e-9;

    record Expected(String optimizer, String params, List<double[]> rows) {
        @Override
        public String toString() {
            return optimizer + " " + params;
        }
    }


    static Stream<Arguments> trajectories() throws IOException {
        Map<String, Expected> byRun = new LinkedHashMap<>();
        for (String line : ReferenceVectors.lines("ellipsoid.csv")) {
            if (line.startsWith("#") || line.startsWith("optimizer,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Expected expected = byRun.computeIfAbsent(cells[0] + "|" + cells[1],
                    k -> new Expected(cells[0], cells[1], new ArrayList<>()));
            expected.rows().add(new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
                Double.parseDouble(cells[4]), Double.parseDouble(cells[5])});
        }
        return byRun.values().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trajectories")
    void agreesWithReference(Expected expected) {
        OptimizerKind kind = OptimizerKind.byKey(expected.optimizer());
        Hyperparams params = ReferenceVectors.paramsColumn(kind, expected.params());
        Race race = new Race(Surfaces.byKey("ellipsoid"), new Point(-5, -2), 0, 0, true);
        Run run = race.add(kind, params);
        int steps = expected.rows().size() - 1;
        race.step(steps, steps);
        assertEquals(steps + 1, run.trajectory().size());
        for (double[] row : expected.rows()) {
            int step = (int) row[0];
            assertClose(row[1], run.trajectory().x(step), expected + " x at step " + step);
            assertClose(row[2], run.trajectory().y(step), expected + " y at step " + step);
            assertClose(row[3], run.trajectory().loss(step), expected + " loss at step " + step);
        }
    }

    static void assertClose(double expected, double actual, String what) {
        double tolerance = RELATIVE * Math.abs(expected);
        assertTrue(Math.abs(expected - actual) <= tolerance,
                () -> what + ": expected " + expected + " but was " + actual);
    }
}
