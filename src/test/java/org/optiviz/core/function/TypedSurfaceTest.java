package org.optiviz.core.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optiviz.testkit.ReferenceVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Race;
import org.optiviz.core.race.Run;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.core.surface.ViewBox;

class TypedSurfaceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"rosenbrock|(1-x)^2 + 100(y-x^2)^2", "ellipsoid|0.1x^2 + 2y^2"})
    void typedBuiltInsRunTheBuiltInPaths(String key, String text) {
        Surface builtIn = Surfaces.byKey(key);
        TypedSurface typed = TypedSurface.of(text, builtIn.defaultView(), builtIn.defaultStart());
        assertEquals(builtIn.floor(), typed.floor(), 1e-12, "the sample finds the floor");
        Race expected = new Race(builtIn, builtIn.defaultStart(), 0, 0, true);
        Race actual = new Race(typed, builtIn.defaultStart(), 0, 0, true);
        for (OptimizerKind kind : OptimizerKind.values()) {
            Hyperparams params = kind.defaultsFor(builtIn);
            expected.add(kind, params);
            actual.add(kind, params);
        }
        expected.step(500, 500);
        actual.step(500, 500);
        for (int r = 0; r < expected.runs().size(); r++) {
            Run e = expected.runs().get(r);
            Run a = actual.runs().get(r);
            assertEquals(e.trajectory().size(), a.trajectory().size(), e.kind().key());
            for (int step = 0; step < e.trajectory().size(); step++) {
                assertRelative(e.trajectory().x(step), a.trajectory().x(step), 1e-12, e.kind().key() + " x " + step);
                assertRelative(e.trajectory().y(step), a.trajectory().y(step), 1e-12, e.kind().key() + " y " + step);
            }
        }
    }

    @Test
    void functionRowsOfTheReferenceAgreeToNineDigits() throws IOException {
        Map<String, List<String[]>> runs = new LinkedHashMap<>();
        for (String line : ReferenceVectors.lines("problems.csv")) {
            if (line.startsWith("function:")) {
                String[] cells = line.split(",", -1);
                runs.computeIfAbsent(cells[0] + "|" + cells[3] + "|" + cells[4], k -> new ArrayList<>()).add(cells);
            }
        }
        assertTrue(runs.size() >= 3, "the reference has typed functions");
        for (List<String[]> rows : runs.values()) {
            String[] first = rows.get(0);
            TypedSurface f = TypedSurface.of(first[0].substring("function:".length()), null, null);
            OptimizerKind kind = OptimizerKind.byKey(first[3]);
            Hyperparams params = ReferenceVectors.paramsColumn(kind, first[4]);
            Point start = new Point(Double.parseDouble(first[1]), Double.parseDouble(first[2]));
            Race race = new Race(f, start, 0, 0, true);
            Run run = race.add(kind, params);
            race.step(rows.size() - 1, rows.size() - 1);
            for (String[] row : rows) {
                int step = Integer.parseInt(row[5]);
                String what = first[0] + " " + first[3] + " step " + step;
                assertRelative(Double.parseDouble(row[6]), run.trajectory().x(step), 1e-9, what + " x");
                assertRelative(Double.parseDouble(row[7]), run.trajectory().y(step), 1e-9, what + " y");
                assertRelative(Double.parseDouble(row[8]), run.trajectory().loss(step), 1e-9, what + " loss");
            }
        }
    }

    @Test
    void surveyFindsMinimaFloorAndAStartAwayFromThem() {
        TypedSurface himmelblau = TypedSurface.of("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", new ViewBox(-5, 5, -5, 5), null);
        assertEquals(4, himmelblau.minima().size(), himmelblau.minima().toString());
        for (Point m : himmelblau.minima()) {
            assertEquals(0, himmelblau.value(m.x(), m.y()), 1e-20, m.toString());
        }
        assertEquals(0, himmelblau.floor(), 1e-20);
        Point start = himmelblau.defaultStart();
        assertTrue(himmelblau.value(start.x(), start.y()) > 50, "the start has something to show");
        assertEquals(TypedSurface.DEFAULT_VIEW, TypedSurface.of("x^2 + y^2", null, null).defaultView());
    }

    @Test
    void theViewsEdgeIsNoMinimumWhereFGoesOnFalling() {
        TypedSurface f = TypedSurface.of("sin(x)cos(y) + 0.1(x^2 + y^2)", null, null);
        for (Point m : f.minima()) {
            assertTrue(Math.abs(m.x()) < 3 && Math.abs(m.y()) < 3, m.toString());
        }
        assertEquals(3, f.minima().size(), f.minima().toString());
    }

    @Test
    void aKinkMinimumIsKeptWhereNewtonCannotGo() {
        TypedSurface f = TypedSurface.of("abs(x) + abs(y)", null, null);
        assertEquals(List.of(new Point(0, 0)), f.minima());
    }

    @Test
    void undefinedEverywhereIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedSurface.of("log(-1 - x^2)", null, null));
        assertTrue(e.getMessage().startsWith("f has no finite value anywhere in the view"), e.getMessage());
        assertThrows(ExpressionException.class, () -> TypedSurface.of("sin(x", null, null));
    }

    @Test
    void suggestedRatesComeFromTheCurvature() {
        TypedSurface ellipse = TypedSurface.of("0.1x^2 + 2y^2", null, null);
        assertEquals(0.25, ellipse.suggestedLr("sgd"), 1e-12, "1/L with L = 4");
        assertEquals(6.0 / 200, ellipse.suggestedLr("adam"), 1e-12);
        assertFalse(ellipse.suggestedLr("sgd").isNaN());
    }

    /** Relative agreement; for values that have all but reached 0 (below 1e-6), relative to 1e-6. */
    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance * Math.max(1e-6, Math.abs(expected)),
                what + ": expected " + expected + " but was " + actual);
    }
}
