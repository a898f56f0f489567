package org.optiviz.core.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledFunctionTest {
    private static CompiledFunction compile(String text) {
        return FunctionCompiler.compile(ExpressionParser.parse(text));
    }

    /** Central difference of the compiled value with a step scaled to the point. */
    private static double[] numericGradient(CompiledFunction f, double x, double y) {
        double hx = 1e-6 * Math.max(1, Math.abs(x));
        double hy = 1e-6 * Math.max(1, Math.abs(y));
        return new double[] {(f.value(x + hx, y) - f.value(x - hx, y)) / (2 * hx),
            (f.value(x, y + hy) - f.value(x, y - hy)) / (2 * hy)};
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-5 * Math.max(1, Math.max(Math.abs(expected), scale)),
                what + ": expected " + expected + " but was " + actual);
    }

    @Test
    void randomExpressionsCompileToTheTreesValueAndExactDerivatives() {
        RandomExpressions expressions = new RandomExpressions(7);
        Random points = new Random(8);
        double[] g = new double[2];
        double[] h = new double[3];
        double[] gx = new double[2];
        double[] gy = new double[2];
        for (int i = 0; i < 150; i++) {
            Expr e = expressions.next(5);
            CompiledFunction f = FunctionCompiler.compile(e);
            for (int k = 0; k < 20; k++) {
                double x = points.nextDouble() * 4 - 2;
                double y = points.nextDouble() * 4 - 2;
                double tree = TreeEvaluator.value(e, x, y);
                assertEquals(FunctionMath.finiteOrNaN(tree), f.value(x, y), 1e-12 * Math.max(1, Math.abs(tree)),
                        e.toString());
                f.gradient(x, y, g);
                double[] numeric = numericGradient(f, x, y);
                double scale = Math.abs(tree);
                assertClose(numeric[0], g[0], scale, "∂x of " + e + " at " + x + ", " + y);
                assertClose(numeric[1], g[1], scale, "∂y of " + e + " at " + x + ", " + y);
                // The Hessian against differences of the exact gradient.
                f.hessian(x, y, h);
                double step = 1e-6;
                f.gradient(x + step, y, gx);
                f.gradient(x - step, y, gy);
                assertClose((gx[0] - gy[0]) / (2 * step), h[0], Math.abs(g[0]), "∂xx of " + e);
                assertClose((gx[1] - gy[1]) / (2 * step), h[1], Math.abs(g[1]), "∂xy of " + e);
                f.gradient(x, y + step, gx);
                f.gradient(x, y - step, gy);
                assertClose((gx[1] - gy[1]) / (2 * step), h[2], Math.abs(g[1]), "∂yy of " + e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // f, x, y, ∂x, ∂y: the kinks take 0
        "abs(x) + abs(y)|0|2|0|1",
        "abs(x - 1)|1|0|0|0",
        "min(x, y)|1|1|0|0",
        "min(x, y)|0|1|1|0",
        "max(x, y)|0|1|0|1",
        "max(x^2, y)|2|1|4|0",
    })
    void kinksUseTheZeroSubgradient(String text, double x, double y, double dx, double dy) {
        double[] g = new double[2];
        compile(text).gradient(x, y, g);
        assertEquals(dx, g[0]);
        assertEquals(dy, g[1]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"log(x)|-1|0", "sqrt(x)|-1|0", "1/x|0|0", "x/(y-y)|1|2", "log(x)|0|0",
        "exp(x)|1000|0", "asin(x)|2|0"})
    void outsideTheDomainTheValueIsNaN(String text, double x, double y) {
        assertTrue(Double.isNaN(compile(text).value(x, y)));
    }

    @Test
    void rosenbrockGradientIsTheHandWrittenOne() {
        CompiledFunction f = compile("(1-x)^2 + 100(y-x^2)^2");
        double[] g = new double[2];
        double[] h = new double[3];
        f.gradient(-1.2, 1, g);
        assertEquals(-2 * (1 - -1.2) - 400 * -1.2 * (1 - 1.44), g[0], 1e-12);
        assertEquals(200 * (1 - 1.44), g[1], 1e-12);
        f.hessian(-1.2, 1, h);
        assertEquals(2 - 400 * (1 - 3 * 1.44), h[0], 1e-9);
        assertEquals(-400 * -1.2, h[1], 1e-9);
        assertEquals(200, h[2], 1e-12);
    }
}
