package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class MarchingSquaresTest {
    /** Samples f at x = x0 + i·h, y = y0 − j·h (row 0 at the top, as on screen). */
    private static double[] grid(DoubleBinaryOperator f, int cols, int rows, double x0, double y0, double h) {
        double[] v = new double[cols * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                v[j * cols + i] = f.applyAsDouble(x0 + i * h, y0 - j * h);
            }
        }
        return v;
    }

    @Test
    void crossingsOfAPlaneAreExact() {
        DoubleBinaryOperator plane = (x, y) -> 0.7 * x - 1.3 * y + 0.25;
        int cols = 41;
        int rows = 33;
        double h = 0.1;
        double[] v = grid(plane, cols, rows, -2, 1.6, h);
        for (double level : new double[] {-1.5, 0, 0.123, 2.2}) {
            PathBuffer paths = new MarchingSquares(v, cols, rows).trace(level, 0, 0, 1);
            assertTrue(paths.pointCount() > 0, "level " + level + " crosses the grid");
            assertEquals(1, paths.pathCount(), "a plane's level set is one line");
            for (int p = 0; p < paths.pointCount(); p++) {
                double x = -2 + paths.x(p) * h;
                double y = 1.6 - paths.y(p) * h;
                assertEquals(level, plane.applyAsDouble(x, y), 1e-12);
            }
        }
    }

    @Test
    void ellipsoidLevelsAreClosedRingsWithinGridError() {
        DoubleBinaryOperator f = (x, y) -> 0.1 * x * x + 2 * y * y;
        int cols = 241;
        int rows = 121;
        double h = 0.05;
        double[] v = grid(f, cols, rows, -6, 3, h);
        for (double level : new double[] {0.5, 1, 2.5}) {
            PathBuffer paths = new MarchingSquares(v, cols, rows).trace(level, 0, 0, 1);
            assertEquals(1, paths.pathCount());
            assertTrue(paths.isClosed(0), "an ellipse inside the grid is a closed ring");
            double worst = 0;
            for (int p = 0; p < paths.pointCount(); p++) {
                double x = -6 + paths.x(p) * h;
                double y = 3 - paths.y(p) * h;
                worst = Math.max(worst, Math.abs(f.applyAsDouble(x, y) - level));
            }
            // Linear interpolation of a quadratic along an edge errs by at most (max second derivative)·h²/8.
            assertTrue(worst <= 4 * h * h / 8 + 1e-12, "level " + level + " off by " + worst);
            assertTrue(worst > 0, "a quadratic is not interpolated exactly");
        }
    }

    @Test
    void levelsOutsideTheRangeGiveNothing() {
        double[] v = grid((x, y) -> x + y, 10, 10, 0, 9, 1);
        assertEquals(0, new MarchingSquares(v, 10, 10).trace(100, 0, 0, 1).pathCount());
        assertEquals(0, new MarchingSquares(v, 10, 10).trace(-100, 0, 0, 1).pathCount());
    }

    @Test
    void saddleCellIsResolvedByTheCentreAverage() {
        // Corners (row-major, top row first): high diagonal top-left/bottom-right.
        double[] highCentre = {1, 0, 0, 1};
        double[] lowCentre = {1, -0.9, -0.9, 1};
        // Centre average 0.5 >= 0.4: the high corners join, the two low corners are cut off separately.
        PathBuffer a = new MarchingSquares(highCentre, 2, 2).trace(0.4, 0, 0, 1);
        assertEquals(2, a.pathCount());
        assertTrue(cutsOffCorner(a, 0, 1, 0) || cutsOffCorner(a, 1, 1, 0));
        // Centre average 0.05 < 0.4 with the low corners far below: the high corners are cut off instead.
        PathBuffer b = new MarchingSquares(lowCentre, 2, 2).trace(0.4, 0, 0, 1);
        assertEquals(2, b.pathCount());
        assertTrue(cutsOffCorner(b, 0, 0, 0) || cutsOffCorner(b, 1, 0, 0));
    }

    /** Whether path p has one point on each edge touching corner (cx, cy) of the unit cell. */
    private static boolean cutsOffCorner(PathBuffer paths, int p, double cx, double cy) {
        boolean onVertical = false;
        boolean onHorizontal = false;
        for (int i = paths.start(p); i < paths.end(p); i++) {
            onVertical |= paths.x(i) == cx && paths.y(i) > 0 && paths.y(i) < 1;
            onHorizontal |= paths.y(i) == cy && paths.x(i) > 0 && paths.x(i) < 1;
        }
        return onVertical && onHorizontal;
    }

    @Test
    void pathsAreJoinedNotLooseSegments() {
        DoubleBinaryOperator f = (x, y) -> Math.sin(x) * Math.cos(y);
        int n = 200;
        double[] v = grid(f, n, n, -6, 6, 0.06);
        PathBuffer paths = new MarchingSquares(v, n, n).trace(0.3, 0, 0, 1);
        int cellsCrossed = 0;
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                int c = j * n + i;
                double min = Math.min(Math.min(v[c], v[c + 1]), Math.min(v[c + n], v[c + n + 1]));
                double max = Math.max(Math.max(v[c], v[c + 1]), Math.max(v[c + n], v[c + n + 1]));
                cellsCrossed += min < 0.3 && max >= 0.3 ? 1 : 0;
            }
        }
        assertTrue(paths.pathCount() < cellsCrossed / 20,
                paths.pathCount() + " paths for " + cellsCrossed + " crossed cells");
        for (int p = 0; p < paths.pathCount(); p++) {
            if (paths.isClosed(p)) {
                assertTrue(paths.end(p) - paths.start(p) >= 4);
            } else {
                // An open iso-line can only end on the grid's border.
                assertTrue(onBorder(paths, paths.start(p), n) && onBorder(paths, paths.end(p) - 1, n));
            }
        }
    }

    private static boolean onBorder(PathBuffer paths, int point, int n) {
        double x = paths.x(point);
        double y = paths.y(point);
        return x == 0 || y == 0 || x == n - 1 || y == n - 1;
    }

    @Test
    void simplifiedPathsKeepFewerPointsWithinTheTolerance() {
        DoubleBinaryOperator f = (x, y) -> 0.1 * x * x + 2 * y * y;
        double h = 0.05;
        double[] v = grid(f, 241, 121, -6, 3, h);
        PathBuffer traced = new MarchingSquares(v, 241, 121).trace(1, 0, 0, 1);
        PathBuffer simple = traced.simplified(0.2);
        assertEquals(traced.pathCount(), simple.pathCount());
        assertTrue(simple.isClosed(0));
        assertTrue(simple.pointCount() * 3 < traced.pointCount(),
                simple.pointCount() + " of " + traced.pointCount() + " points kept");
        // Every traced point lies within 0.2 of the simplified ring.
        for (int p = 0; p < traced.pointCount(); p++) {
            double best = Double.POSITIVE_INFINITY;
            int n = simple.pointCount();
            for (int q = 0; q < n; q++) {
                best = Math.min(best, segmentDistance(traced.x(p), traced.y(p), simple.x(q), simple.y(q),
                        simple.x((q + 1) % n), simple.y((q + 1) % n)));
            }
            assertTrue(best <= 0.2 + 1e-9, "point " + p + " is " + best + " away");
        }
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - ax - f * dx, py - ay - f * dy);
    }
}
