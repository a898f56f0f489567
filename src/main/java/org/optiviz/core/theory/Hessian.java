package org.optiviz.core.theory;

import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * A symmetric 2×2 matrix [[xx, xy], [xy, yy]], the Hessian of a surface at a point, with its eigenvalues.
 */
public record Hessian(double xx, double xy, double yy) {
    /** The surface's exact Hessian at p. */
    public static Hessian of(Surface surface, Point p) {
        double[] h = new double[3];
        surface.hessian(p.x(), p.y(), h);
        return new Hessian(h[0], h[1], h[2]);
    }

    /** λmax: the curvature across the steepest direction. */
    public double largest() {
        return (xx + yy) / 2 + Math.hypot((xx - yy) / 2, xy);
    }

    /**
     * λmin. When both eigenvalues are positive it is taken as det/λmax, which keeps its digits where the two differ
     * by orders of magnitude (Rosenbrock's valley: 1001.6 and 0.3994) instead of losing them to cancellation.
     */
    public double smallest() {
        double largest = largest();
        double det = xx * yy - xy * xy;
        if (largest > 0 && det > 0) {
            return det / largest;
        }
        return (xx + yy) / 2 - Math.hypot((xx - yy) / 2, xy);
    }

    /** The angle of λmin's eigenvector (the flattest direction) from the x axis, in radians, in (−π/2, π/2]. */
    public double flatDirection() {
        double steep = 0.5 * Math.atan2(2 * xy, xx - yy);
        double flat = steep + Math.PI / 2;
        return flat > Math.PI / 2 ? flat - Math.PI : flat;
    }

    public boolean finite() {
        return Double.isFinite(xx) && Double.isFinite(xy) && Double.isFinite(yy);
    }
}
