package org.optiviz.core.theory;

import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;

/**
 * The theory of the quadratic applied to a surface at a point: exactly when the surface is a quadratic (its Hessian
 * the same everywhere), otherwise locally from the exact Hessian there.
 *
 * @param atMinimum whether the point is the surface's first known minimum (rather than one chosen)
 */
public record Theory(Surface surface, Point point, boolean atMinimum, Hessian hessian, QuadraticTheory numbers) {
    /** At the surface's first known minimum. */
    public static Theory atFirstMinimum(Surface surface) {
        if (surface.minima().isEmpty()) {
            throw new IllegalArgumentException(surface.displayName()
                    + " has no known minimum; choose a point to take the Hessian at");
        }
        return of(surface, surface.minima().get(0), true);
    }

    /** At a chosen point. */
    public static Theory at(Surface surface, Point point) {
        return of(surface, point, false);
    }

    /** At the first known minimum, or at the given point when there is none (a saddle's start). */
    public static Theory atMinimumOr(Surface surface, Point fallback) {
        return surface.minima().isEmpty() ? at(surface, fallback) : atFirstMinimum(surface);
    }

    private static Theory of(Surface surface, Point point, boolean atMinimum) {
        Hessian h = Hessian.of(surface, point);
        if (!h.finite()) {
            throw new IllegalArgumentException("the Hessian of " + surface.displayName() + " is not finite at ("
                    + point.x() + ", " + point.y() + ")");
        }
        return new Theory(surface, point, atMinimum, h, QuadraticTheory.of(h));
    }

    /** True when the numbers hold everywhere (a quadratic), not only near the point. */
    public boolean exact() {
        return surface.quadratic();
    }
}
