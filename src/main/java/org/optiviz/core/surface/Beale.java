package org.optiviz.core.surface;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** Beale's function: flat plateaus and steep walls, minimum at (3, 0.5). */
public final class Beale extends Surface {
    public Beale() {
        super("beale", "Beale", "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²", 0,
                new ViewBox(-4.5, 4.5, -4.5, 4.5), new Point(1, 1.5), List.of(new Point(3, 0.5)),
                Map.ofEntries(entry("sgd", 0.001), entry("momentum", 0.0002), entry("nag", 0.0002), entry("adagrad", 0.3),
                        entry("rmsprop", 0.01), entry("adam", 0.05), entry("adamw", 0.05), entry("adasmooth", 0.05),
                        entry("eve", 0.001), entry("adamax", 0.05), entry("nadam", 0.05), entry("radam", 0.01),
                        entry("amsgrad", 0.05), entry("lion", 0.003), entry("adabelief", 0.05), entry("yogi", 0.05),
                        entry("qhm", 0.005)), 1000);
    }

    @Override
    public double value(double x, double y) {
        double y2 = y * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y2 * y;
        return a * a + b * b + c * c;
    }

    @Override
    public void gradient(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        out[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
        out[1] = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y2;
    }

    /** f = a² + b² + c² with a, b, c linear in x: each term adds 2(∇a∇aᵀ + a·∇²a). */
    @Override
    public void hessian(double x, double y, double[] out) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        double ax = y - 1;
        double bx = y2 - 1;
        double cx = y3 - 1;
        double ay = x;
        double by = 2 * x * y;
        double cy = 3 * x * y2;
        out[0] = 2 * (ax * ax + bx * bx + cx * cx);
        out[1] = 2 * (ax * ay + a + bx * by + b * 2 * y + cx * cy + c * 3 * y2);
        out[2] = 2 * (ay * ay + by * by + b * 2 * x + cy * cy + c * 6 * x * y);
    }

    /** {@link #gradient} for many points, expression for expression. */
    @Override
    public void gradients(double[] xs, double[] ys, double[] gxs, double[] gys, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double y2 = y * y;
            double y3 = y2 * y;
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y2;
            double c = 2.625 - x + x * y3;
            gxs[i] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
            gys[i] = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y2;
        }
    }

    /** {@link #value} for many points, expression for expression. */
    @Override
    public void values(double[] xs, double[] ys, double[] fs, int from, int to) {
        for (int i = from; i < to; i++) {
            double x = xs[i];
            double y = ys[i];
            double y2 = y * y;
            double a = 1.5 - x + x * y;
            double b = 2.25 - x + x * y2;
            double c = 2.625 - x + x * y2 * y;
            fs[i] = a * a + b * b + c * c;
        }
    }
}
