package org.optiviz.core.function;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optiviz.core.surface.CurvatureRates;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;

/**
 * What a fine sample of a typed function over its view tells: its floor (for Eve and for log contour levels), its
 * local minima (for markers), a start from which there is something to see, and learning rates from its curvature.
 *
 * <p>Learning rates follow the largest curvature over the view ({@link CurvatureRates}).
 */
public record FunctionSurvey(double floor, List<Point> minima, Point suggestedStart, Map<String, Double> suggestedLr) {
    private static final int SAMPLES = 161;
    private static final int CURVATURE_SAMPLES = 41;
    private static final int MAX_MINIMA = 6;
    private static final int NEWTON_STEPS = 30;

    public FunctionSurvey {
        minima = List.copyOf(minima);
        suggestedLr = Map.copyOf(suggestedLr);
    }

    /**
     * Samples f over the view.
     *
     * @throws IllegalArgumentException when f has no finite value anywhere in the view
     */
    public static FunctionSurvey of(CompiledFunction f, ViewBox view) {
        double[][] grid = new double[SAMPLES][SAMPLES];
        double lowest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < SAMPLES; j++) {
            for (int i = 0; i < SAMPLES; i++) {
                double v = f.value(x(view, i, SAMPLES), y(view, j, SAMPLES));
                grid[j][i] = v;
                if (v < lowest) {
                    lowest = v;
                }
            }
        }
        if (lowest == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("f has no finite value anywhere in the view x in [" + view.xMin()
                    + ", " + view.xMax() + "], y in [" + view.yMin() + ", " + view.yMax() + "]");
        }
        List<Point> minima = minima(f, view, grid);
        double floor = lowest;
        for (Point m : minima) {
            floor = Math.min(floor, f.value(m.x(), m.y()));
        }
        return new FunctionSurvey(floor, minima, start(f, view), learningRates(f, view));
    }

    /** The sample's lowest local-minimum cells, each refined by Newton steps on the exact Hessian. */
    private static List<Point> minima(CompiledFunction f, ViewBox view, double[][] grid) {
        List<int[]> cells = new ArrayList<>();
        for (int j = 0; j < SAMPLES; j++) {
            for (int i = 0; i < SAMPLES; i++) {
                if (isLocalMinimum(grid, i, j)) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        cells.sort(Comparator.comparingDouble(c -> grid[c[1]][c[0]]));
        List<Point> found = new ArrayList<>();
        double close = 1e-3 * Math.max(view.width(), view.height());
        for (int[] cell : cells) {
            if (found.size() == MAX_MINIMA) {
                break;
            }
            Point start = new Point(x(view, cell[0], SAMPLES), y(view, cell[1], SAMPLES));
            Point refined = newton(f, start);
            boolean settled = refined != null && view.contains(refined.x(), refined.y())
                    && f.value(refined.x(), refined.y()) <= grid[cell[1]][cell[0]];
            boolean onEdge = cell[0] == 0 || cell[1] == 0 || cell[0] == SAMPLES - 1 || cell[1] == SAMPLES - 1;
            if (!settled && onEdge) {
                continue; // f goes on falling beyond the view: the lowest point shown, not a minimum
            }
            Point minimum = settled ? refined : start; // a kink (|x|) that Newton cannot settle on
            if (found.stream().noneMatch(p -> Math.hypot(p.x() - minimum.x(), p.y() - minimum.y()) < close)) {
                found.add(minimum);
            }
        }
        return found;
    }

    private static boolean isLocalMinimum(double[][] grid, int i, int j) {
        double v = grid[j][i];
        if (Double.isNaN(v)) {
            return false;
        }
        for (int dj = -1; dj <= 1; dj++) {
            for (int di = -1; di <= 1; di++) {
                int ni = i + di;
                int nj = j + dj;
                if ((di != 0 || dj != 0) && ni >= 0 && nj >= 0 && ni < SAMPLES && nj < SAMPLES
                        && !(grid[nj][ni] >= v)) {
                    return false; // a lower (or undefined) neighbour
                }
            }
        }
        return true;
    }

    /** Newton's method from p while the Hessian is positive definite; null when it does not settle. */
    private static Point newton(CompiledFunction f, Point p) {
        double x = p.x();
        double y = p.y();
        double[] g = new double[2];
        double[] h = new double[3];
        for (int k = 0; k < NEWTON_STEPS; k++) {
            f.gradient(x, y, g);
            f.hessian(x, y, h);
            double det = h[0] * h[2] - h[1] * h[1];
            if (!(h[0] > 0 && det > 0)) {
                return null;
            }
            double dx = (h[2] * g[0] - h[1] * g[1]) / det;
            double dy = (h[0] * g[1] - h[1] * g[0]) / det;
            x -= dx;
            y -= dy;
            if (Math.abs(dx) + Math.abs(dy) <= 1e-13 * (1 + Math.abs(x) + Math.abs(y))) {
                return new Point(x, y);
            }
        }
        f.gradient(x, y, g);
        return Double.isFinite(x) && Double.isFinite(y) && Math.hypot(g[0], g[1]) < 1e-8 ? new Point(x, y) : null;
    }

    /** Of the four points 15 % in from the view's corners, the highest: the one with the most to show. */
    private static Point start(CompiledFunction f, ViewBox view) {
        Point best = null;
        double highest = Double.NEGATIVE_INFINITY;
        for (double fx : new double[] {0.15, 0.85}) {
            for (double fy : new double[] {0.85, 0.15}) {
                Point p = new Point(view.xMin() + fx * view.width(), view.yMin() + fy * view.height());
                double v = f.value(p.x(), p.y());
                if (v > highest) {
                    highest = v;
                    best = p;
                }
            }
        }
        return best != null ? best : new Point(view.xMin() + 0.15 * view.width(), view.yMin() + 0.85 * view.height());
    }

    private static Map<String, Double> learningRates(CompiledFunction f, ViewBox view) {
        double curvature = 0;
        double[] h = new double[3];
        for (int j = 0; j < CURVATURE_SAMPLES; j++) {
            for (int i = 0; i < CURVATURE_SAMPLES; i++) {
                f.hessian(x(view, i, CURVATURE_SAMPLES), y(view, j, CURVATURE_SAMPLES), h);
                double largest = CurvatureRates.largestEigenvalue(h[0], h[1], h[2]);
                if (largest > curvature) {
                    curvature = largest; // NaN and infinite samples do not pass this test
                }
            }
        }
        return CurvatureRates.of(curvature, view);
    }

    private static double x(ViewBox view, int i, int n) {
        return view.xMin() + view.width() * i / (n - 1);
    }

    private static double y(ViewBox view, int j, int n) {
        return view.yMin() + view.height() * j / (n - 1);
    }
}
