package org.optiviz.plot;

/** What the simplification of traced and trajectory paths shares: the test whether a run of points may go. */
final class PolylineSimplifier {
    /** Longest run of points one simplified segment may replace (bounds the work per point). */
    static final int MAX_RUN = 64;

    private PolylineSimplifier() {
    }

    /**
     * Whether every point strictly between a and b of {@code xy} (x0, y0, x1, y1, …) lies within √tol2 of the
     * segment a–b.
     */
    static boolean allWithin(double[] xy, int a, int b, double tol2) {
        double ax = xy[2 * a];
        double ay = xy[2 * a + 1];
        double dx = xy[2 * b] - ax;
        double dy = xy[2 * b + 1] - ay;
        double len2 = dx * dx + dy * dy;
        for (int k = a + 1; k < b; k++) {
            double px = xy[2 * k] - ax;
            double py = xy[2 * k + 1] - ay;
            double f = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
            double ex = px - f * dx;
            double ey = py - f * dy;
            if (ex * ex + ey * ey > tol2) {
                return false;
            }
        }
        return true;
    }
}
