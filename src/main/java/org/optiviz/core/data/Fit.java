package org.optiviz.core.data;

import org.optiviz.core.surface.CurvatureRates;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.ViewBox;

/** The exact minimum of a model's full-batch loss, a view that frames it with the start (0, 0), and its curvature. */
final class Fit {
    private static final int NEWTON_STEPS = 100;
    final double floor;
    final Point minimum;
    final ViewBox view;
    final double curvature;

    private Fit(double floor, Point minimum, ViewBox view, double curvature) {
        this.floor = floor;
        this.minimum = minimum;
        this.view = view;
        this.curvature = curvature;
    }

    static Fit of(DataSet data, Model model) {
        int n = data.size();
        double sx = 0;
        double sxx = 0;
        for (double x : data.xs()) {
            sx += x;
            sxx += x * x;
        }
        // The Hessian of the linear loss is [[mean x², mean x], [mean x, 1]]; the logistic one is at most a quarter.
        double linearCurvature = CurvatureRates.largestEigenvalue(sxx / n, sx / n, 1);
        Point minimum = model == Model.LINEAR ? leastSquares(data) : newton(data);
        double curvature = model == Model.LINEAR ? linearCurvature : linearCurvature / 4;
        double floor = minimum != null ? model.meanLoss(data, minimum.x(), minimum.y()) : 0;
        return new Fit(floor, minimum, frame(minimum), curvature);
    }

    private static Point leastSquares(DataSet data) {
        int n = data.size();
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += data.xs()[i];
            my += data.ys()[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = data.xs()[i] - mx;
            sxy += dx * (data.ys()[i] - my);
            sxx += dx * dx;
        }
        if (!(sxx > 0)) {
            return null; // every x the same: a valley of minima, none to mark
        }
        double w = sxy / sxx;
        return new Point(w, my - w * mx);
    }

    /** Newton's method on the exact logistic Hessian from (0, 0); null when the classes are separable. */
    private static Point newton(DataSet data) {
        double w = 0;
        double b = 0;
        int n = data.size();
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double gw = 0;
            double gb = 0;
            double hww = 0;
            double hwb = 0;
            double hbb = 0;
            for (int i = 0; i < n; i++) {
                double x = data.xs()[i];
                double s = Model.LOGISTIC.slope(w, b, x, data.ys()[i]);
                double p = s + data.ys()[i]; // σ(z)
                double c = p * (1 - p);
                gw += s * x;
                gb += s;
                hww += c * x * x;
                hwb += c * x;
                hbb += c;
            }
            double det = hww * hbb - hwb * hwb;
            if (!(det > 0)) {
                return null;
            }
            double dw = (hbb * gw - hwb * gb) / det;
            double db = (hww * gb - hwb * gw) / det;
            w -= dw;
            b -= db;
            if (!(Math.abs(w) < 1e6 && Math.abs(b) < 1e6)) {
                return null; // separable: the loss falls towards 0 as ‖θ‖ grows
            }
            if (Math.abs(dw) + Math.abs(db) <= 1e-13 * (1 + Math.abs(w) + Math.abs(b))) {
                return new Point(w, b);
            }
        }
        return null;
    }

    /** A square view around the start (0, 0) and the minimum, with a margin of half their distance. */
    private static ViewBox frame(Point minimum) {
        if (minimum == null) {
            return new ViewBox(-5, 5, -5, 5);
        }
        double cx = minimum.x() / 2;
        double cy = minimum.y() / 2;
        double half = Math.max(1, 0.75 * Math.max(Math.abs(minimum.x()), Math.abs(minimum.y())) + 0.5);
        return new ViewBox(cx - half, cx + half, cy - half, cy + half);
    }
}
