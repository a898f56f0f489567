package org.optiviz.core.surface;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learning rates suggested from a problem's curvature, for problems nobody tuned by hand (typed functions, data
 * models). With L the largest eigenvalue of the Hessian over the view, gradient-following methods (SGD, Momentum,
 * NAG, QHM) get lr = 1/L, which gradient descent on a quadratic with that curvature takes stably (and heavy-ball
 * momentum stays stable for lr·L &lt; 2(1 + μ)); Eve, whose αₜ grows while the loss falls, half that. Methods whose
 * step is about lr per coordinate whatever the gradient's size (Adam and its relatives, RMSProp, Lion, AdaSmooth)
 * get lr = span/200, span the larger side of the view, so that a few hundred steps cross it; AdaGrad, whose steps
 * shrink as 1/√t, ten times that. AdaDelta's lr is a unitless factor and keeps its default.
 *
 * <p>RAdam plays both parts with one lr: while the variance of its second moment is not tractable (ρₜ ≤ 5, its
 * first five steps) it steps θ ← θ − lr·m̂, plain momentum on the raw gradient, and only afterwards about lr per
 * coordinate. Its lr must keep both phases stable, so it gets the smaller of the two rules: min(1/L, span/200).
 * Where the curvature is mild the two agree; where it is steep (Goldstein–Price, L ≈ 10⁶) the warm-up steps are
 * the ones that move, and span/200 would send the first of them out of the view.
 */
public final class CurvatureRates {
    private static final double MIN_LR = 1e-6;
    private static final double MAX_LR = 10;

    private CurvatureRates() {
    }

    /** Optimizer key to suggested lr, for the largest Hessian eigenvalue L over the view. */
    public static Map<String, Double> of(double curvature, ViewBox view) {
        double span = Math.max(view.width(), view.height());
        double gradientLr = curvature > 0 && Double.isFinite(curvature) ? clamp(1 / curvature) : clamp(span / 200);
        double perCoordinateLr = clamp(span / 200);
        Map<String, Double> lr = new HashMap<>();
        for (String key : List.of("sgd", "momentum", "nag", "qhm")) {
            lr.put(key, gradientLr);
        }
        lr.put("eve", clamp(gradientLr / 2));
        for (String key : List.of("rmsprop", "adam", "adamw", "adamax", "nadam", "amsgrad", "adabelief",
                "yogi", "lion", "adasmooth")) {
            lr.put(key, perCoordinateLr);
        }
        lr.put("radam", Math.min(gradientLr, perCoordinateLr));
        lr.put("adagrad", clamp(span / 20));
        return lr;
    }

    /** The largest eigenvalue of the symmetric 2×2 matrix [[a, b], [b, c]]. */
    public static double largestEigenvalue(double a, double b, double c) {
        return (a + c) / 2 + Math.hypot((a - c) / 2, b);
    }

    private static double clamp(double lr) {
        return Math.max(MIN_LR, Math.min(MAX_LR, lr));
    }
}
