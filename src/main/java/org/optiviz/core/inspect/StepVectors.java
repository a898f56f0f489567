package org.optiviz.core.inspect;

import java.util.List;
import java.util.Map;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;
import org.optiviz.core.surface.Point;

/**
 * The latest step of a run taken apart, in the plane's units: where it began and ended (the current point), the
 * plain gradient step −lrₜ·g, the part the optimizer's momentum-like state contributed, NAG's look-ahead point and
 * an adaptive method's effective step size per coordinate. Drawn from where the step began, the gradient and
 * momentum parts of heavy-ball momentum add up to the step that ends at the current point.
 *
 * @param from           θₜ₋₁, where the latest step began
 * @param to             θₜ, the current point
 * @param lr             lrₜ, the learning rate of the latest step (1 for an optimizer without one)
 * @param gradient       g, the gradient the step used (at the look-ahead point for NAG)
 * @param gradientOrigin where g was taken: the look-ahead point for NAG, else {@code from}
 * @param momentum       the momentum-like part in plane units (μ·vₜ₋₁, −lrₜ·m̂, −lrₜ·b), or null for none
 * @param lookAhead      NAG's θₜ₋₁ + μ·vₜ₋₁, or null
 * @param effectiveStep  lr/(√ŝ + ε) and the like per coordinate for adaptive methods, or null
 * @param partsAddUp     whether the step is exactly the momentum part plus −lrₜ·g (heavy-ball momentum and NAG)
 */
public record StepVectors(Point from, Point to, double lr, double[] gradient, Point gradientOrigin,
                          double[] momentum, Point lookAhead, double[] effectiveStep, boolean partsAddUp) {

    /** The latest step of a recording run, or null before its first step, after divergence, or unrecorded. */
    public static StepVectors of(Run run) {
        int n = run.trajectory().size();
        if (run.step() == 0 || n < 2 || run.status() == RunStatus.DIVERGED) {
            return null;
        }
        OptimizerKind kind = run.kind();
        Point from = new Point(run.trajectory().x(n - 2), run.trajectory().y(n - 2));
        Point to = new Point(run.x(), run.y());
        double lr = kind.lrIndex() >= 0 ? run.internal(kind.internals().size() - 1) : 1;
        double[] g = {run.lastGradient(0), run.lastGradient(1)};
        Map<String, double[]> state = run.optimizerState();
        double[] momentum = null;
        Point lookAhead = null;
        Point origin = from;
        if (kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NAG) {
            // vₜ = μ·vₜ₋₁ − lr·g, so the carried part is vₜ + lr·g.
            double[] v = state.get("v");
            momentum = new double[] {v[0] + lr * g[0], v[1] + lr * g[1]};
            if (kind == OptimizerKind.NAG) {
                lookAhead = new Point(from.x() + momentum[0], from.y() + momentum[1]);
                origin = lookAhead;
            }
        } else {
            double[] buffer = first(state, List.of("m̂", "b", "m"));
            if (buffer != null) {
                momentum = new double[] {-lr * buffer[0], -lr * buffer[1]};
            }
        }
        double[] effective = null;
        int sx = kind.internals().indexOf("step_x");
        int sy = kind.internals().indexOf("step_y");
        if (sx >= 0 && sy >= 0) {
            effective = new double[] {run.internal(sx), run.internal(sy)};
        }
        boolean heavyBall = kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NAG;
        return new StepVectors(from, to, lr, g, origin, momentum, lookAhead, effective, heavyBall);
    }

    private static double[] first(Map<String, double[]> state, List<String> names) {
        for (String name : names) {
            if (state.containsKey(name)) {
                return state.get(name);
            }
        }
        return null;
    }

    /** −lrₜ·g: where the plain gradient step would go. */
    public double[] gradientStep() {
        return new double[] {-lr * gradient[0], -lr * gradient[1]};
    }

    /** θₜ − θₜ₋₁: the step actually taken. */
    public double[] step() {
        return new double[] {to.x() - from.x(), to.y() - from.y()};
    }
}
