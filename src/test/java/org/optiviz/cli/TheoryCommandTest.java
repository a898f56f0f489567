package org.optiviz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The theory command's named numbers. */
class TheoryCommandTest {
    private static Map<String, String> lines(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> values = new HashMap<>();
        for (String line : run.out().strip().split("\n")) {
            String[] parts = line.strip().split("\\s+", 2);
            values.put(parts[0], parts[1]);
        }
        return values;
    }

    @Test
    void ellipsoidByDefaultAtItsMinimum() {
        Map<String, String> v = lines(CliRun.of("theory", "--surface", "ellipsoid"));
        assertEquals("4", v.get("lambda_max"));
        assertEquals("0.2", v.get("lambda_min"));
        assertEquals("20", v.get("kappa"));
        assertEquals(2 / 4.2, Double.parseDouble(v.get("gd_optimal_lr")), 1e-7);
        assertEquals("0.5", v.get("gd_stability_limit_lr"));
        assertTrue(v.get("hessian").startsWith("constant"));
        assertTrue(v.get("point").startsWith("0, 0"));
    }

    @Test
    void rosenbrockAtOneOne() {
        Map<String, String> v = lines(CliRun.of("theory", "--surface", "rosenbrock"));
        assertEquals(1001.6, Double.parseDouble(v.get("lambda_max")), 0.05);
        assertEquals(0.3994, Double.parseDouble(v.get("lambda_min")), 5e-5);
        assertEquals(2508, Double.parseDouble(v.get("kappa")), 0.5);
        assertTrue(v.get("hessian").startsWith("exact at the point"));
    }

    @Test
    void aTypedFunctionAtAChosenPoint() {
        Map<String, String> v = lines(CliRun.of("theory", "--function", "x^2 + 4y^2 + x*y^3", "--at=1,0"));
        assertEquals("2", v.get("h_xx"));
        assertEquals("0", v.get("h_xy"));
        assertEquals("8", v.get("h_yy"));
        assertEquals("4", v.get("kappa"));
    }

    @Test
    void aSaddleNeedsAPointAndHasNoRate() {
        CliRun none = CliRun.of("theory", "--surface", "saddle");
        assertEquals(OptiVizCommand.USAGE, none.exitCode());
        assertTrue(none.errorLine().contains("no known minimum"), none.err());
        Map<String, String> v = lines(CliRun.of("theory", "--surface", "saddle", "--at=0,0"));
        assertEquals("-2", v.get("lambda_min"));
        assertTrue(v.get("minimum").startsWith("no"));
        CliRun bad = CliRun.of("theory", "--surface", "ellipsoid", "--at=1");
        assertEquals(OptiVizCommand.USAGE, bad.exitCode());
        assertTrue(bad.errorLine().contains("--at"), bad.err());
    }
}
