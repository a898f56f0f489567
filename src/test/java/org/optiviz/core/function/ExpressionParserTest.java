package org.optiviz.core.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {
    private static double eval(String text, double x, double y) {
        return TreeEvaluator.value(ExpressionParser.parse(text), x, y);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2|2", "2.5|2.5", "1e-3|0.001", ".5|0.5", "2E+2|200",
        "x|1.5", "y|-2", "pi|3.141592653589793", "e|2.718281828459045",
        "1 + 2 * 3|7", "(1 + 2) * 3|9", "7 - 2 - 1|4", "8 / 2 / 2|2",
        "2^3^2|512", "-x^2|-2.25", "-2^2|-4", "x^-1|0.6666666666666666", "(-2)^2|4",
        "0.1x^2 + 2y^2|8.225", "100(y-x^2)^2|1806.25", "(x-1)(y+2)|0", "2pi x|9.42477796076938",
        "sin(x)cos(y)|-0.41510438314691145", "2x|3", "2e|5.43656365691809", "2 x y|-6", "x y|-3",
        "sqrt(4)|2", "abs(y)|2", "exp(0)|1", "log(e)|1", "min(x, y)|-2", "max(x, y)|1.5",
        "min(1, 2)max(3, 4)|4", "−x|-1.5", "2·3×4|24", "--x|1.5", "+x|1.5", "x^2^-1|1.224744871391589",
        "tan(0)+asin(0)+acos(1)+atan(0)+sinh(0)+cosh(0)+tanh(0)|1", "  x  |1.5", "3(2)|6", "(x)(y)|-3",
    })
    void readsTheGrammar(String text, double expected) {
        assertEquals(expected, eval(text, 1.5, -2), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sin(x|column 6: expected ')'",
        "(1 + (2 * 3)|column 13: expected ')'",
        "|column 1: expected an expression",
        "   |column 1: expected an expression",
        "2 +|column 4: expected a number, x, y, a function or '('",
        "2 + * 3|column 5: expected a number, x, y, a function or '('",
        "sin x|column 5: expected '(' after sin",
        "min(x)|column 6: expected ',': min takes two arguments",
        "foo(x)|column 1: unknown name 'foo' (known: x, y, pi, e and the functions sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs min max)",
        "x + z|column 5: unknown name 'z' (known: x, y, pi, e and the functions sin cos tan asin acos atan sinh cosh tanh exp log sqrt abs min max)",
        "x)|column 2: unexpected ')'",
        "x, y|column 2: unexpected ','",
        "1 # 2|column 3: unexpected '#'",
        ".|column 1: expected a number, x, y, a function or '('",
        "x^|column 3: expected a number, x, y, a function or '('",
    })
    void errorsNameTheColumnAndWhatWasExpected(String text, String expected) {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> ExpressionParser.parse(text == null ? "" : text));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void refusesTooLongAndTooDeepInput() {
        assertEquals(ExpressionException.Problem.TOO_LONG,
                assertThrows(ExpressionException.class, () -> ExpressionParser.parse("x+".repeat(600) + "x")).problem());
        assertEquals(ExpressionException.Problem.TOO_DEEP,
                assertThrows(ExpressionException.class, () -> ExpressionParser.parse("(".repeat(300) + "x"
                        + ")".repeat(300))).problem());
        assertEquals(ExpressionException.Problem.TOO_DEEP,
                assertThrows(ExpressionException.class, () -> ExpressionParser.parse("-".repeat(500) + "x")).problem());
    }

    @Test
    void randomTextGivesAnExpressionOrTheDocumentedErrorOnly() {
        Random random = new Random(42);
        String alphabet = "xy0123456789.eE+-*/^()(), sincoelgqrtabmpxhπ−·#\t";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                ExpressionParser.parse(sb.toString());
            } catch (ExpressionException expected) {
                // the one documented failure
            }
        }
    }
}
