package org.optiviz.core.function;

import org.optiviz.core.function.Expr.Binary;
import org.optiviz.core.function.Expr.Fn;
import org.optiviz.core.function.Expr.Op;
import org.optiviz.core.function.ExpressionException.Problem;

/**
 * Reads a typed f(x, y). Precedence from loosest: {@code + -}; {@code * /} and implicit products
 * ({@code 2x}, {@code 100(y-x^2)^2}, {@code sin(x)cos(y)}, {@code 2pi x}); unary minus; {@code ^}, which is
 * right-associative and binds tighter than a unary minus on its left ({@code -x^2} is −(x²)) while its exponent may
 * carry one ({@code x^-2}). A number's exponent needs digits: {@code 2e-3} is 0.002, {@code 2e} is 2·e.
 */
public final class ExpressionParser {
    /** Far beyond any formula typed by hand; bounds the work and the recursion. */
    public static final int MAX_LENGTH = 1000;
    private static final int MAX_DEPTH = 100;

    private final int[] text;
    private int pos;
    private int depth;

    private ExpressionParser(String source) {
        this.text = source.codePoints().toArray();
    }

    /** The expression the text writes; throws {@link ExpressionException} naming the column and what was expected. */
    public static Expr parse(String source) {
        if (source.codePointCount(0, source.length()) > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH + 1, Problem.TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        ExpressionParser parser = new ExpressionParser(source);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new ExpressionException(1, Problem.EMPTY, "");
        }
        Expr result = parser.sum();
        if (!parser.atEnd()) {
            throw parser.unexpected();
        }
        return result;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            if (accept('+')) {
                left = Expr.add(left, product());
            } else if (accept('-') || accept('−')) {
                left = Expr.sub(left, product());
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            if (accept('*') || accept('·') || accept('×')) {
                left = Expr.mul(left, unary());
            } else if (accept('/')) {
                left = Expr.div(left, unary());
            } else if (startsOperand()) {
                left = Expr.mul(left, power()); // an implicit product: 2x, (x-1)(y+2), 2pi x
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        if (accept('-') || accept('−')) {
            return nested(() -> new Expr.Neg(unary()));
        }
        if (accept('+')) {
            return nested(this::unary);
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (accept('^')) {
            return Expr.pow(base, nested(this::unary));
        }
        return base;
    }

    private Expr primary() {
        int column = pos + 1;
        if (atEnd()) {
            throw new ExpressionException(column, Problem.EXPECTED_OPERAND, "");
        }
        int c = text[pos];
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            return named();
        }
        if (accept('(')) {
            Expr inner = nested(this::sum);
            expect(')', Problem.EXPECTED_CLOSE, "");
            return inner;
        }
        throw new ExpressionException(column, Problem.EXPECTED_OPERAND, "");
    }

    private Expr number() {
        int begin = pos;
        while (!atEnd() && isDigit(text[pos])) {
            pos++;
        }
        if (!atEnd() && text[pos] == '.') {
            pos++;
            while (!atEnd() && isDigit(text[pos])) {
                pos++;
            }
        }
        if (pos - begin == 1 && text[begin] == '.') {
            throw new ExpressionException(begin + 1, Problem.EXPECTED_OPERAND, "");
        }
        // An exponent only when digits follow, so that 2e (two times e) and 2exp(x) still read as products.
        if (!atEnd() && (text[pos] == 'e' || text[pos] == 'E')) {
            int look = pos + 1;
            if (look < text.length && (text[look] == '+' || text[look] == '-')) {
                look++;
            }
            if (look < text.length && isDigit(text[look])) {
                pos = look;
                while (!atEnd() && isDigit(text[pos])) {
                    pos++;
                }
            }
        }
        double value = Double.parseDouble(new String(text, begin, pos - begin));
        skipSpace();
        return Expr.num(value);
    }

    private Expr named() {
        int begin = pos;
        while (!atEnd() && Character.isLetter(text[pos])) {
            pos++;
        }
        String name = new String(text, begin, pos - begin);
        skipSpace();
        switch (name) {
            case "x":
                return Expr.Var.X;
            case "y":
                return Expr.Var.Y;
            case "pi":
            case "π":
                return Expr.num(Math.PI);
            case "e":
                return Expr.num(Math.E);
            case "min":
            case "max":
                return twoArguments(name, begin, name.equals("min") ? Op.MIN : Op.MAX);
            default:
                break;
        }
        Fn fn = function(name);
        if (fn == null) {
            throw new ExpressionException(begin + 1, Problem.UNKNOWN_NAME, name);
        }
        expect('(', Problem.EXPECTED_OPEN, name);
        Expr arg = nested(this::sum);
        expect(')', Problem.EXPECTED_CLOSE, "");
        return Expr.call(fn, arg);
    }

    private Expr twoArguments(String name, int begin, Op op) {
        expect('(', Problem.EXPECTED_OPEN, name);
        Expr first = nested(this::sum);
        expect(',', Problem.EXPECTED_COMMA, name);
        Expr second = nested(this::sum);
        expect(')', Problem.EXPECTED_CLOSE, "");
        return new Binary(op, first, second);
    }

    private static Fn function(String name) {
        for (Fn fn : Fn.values()) {
            if (fn != Fn.SIGN && fn.typed().equals(name)) {
                return fn;
            }
        }
        return null;
    }

    /** Whether the next token can start an operand, making an implicit product. */
    private boolean startsOperand() {
        if (atEnd()) {
            return false;
        }
        int c = text[pos];
        return isDigit(c) || c == '.' || c == '(' || Character.isLetter(c);
    }

    private interface Part {
        Expr read();
    }

    /** Reads a nested part, refusing nesting deep enough to exhaust the stack. */
    private Expr nested(Part part) {
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException(pos + 1, Problem.TOO_DEEP, "");
        }
        Expr result = part.read();
        depth--;
        return result;
    }

    private void expect(int c, Problem problem, String detail) {
        if (!accept(c)) {
            throw new ExpressionException(pos + 1, problem, detail);
        }
    }

    private boolean accept(int c) {
        if (!atEnd() && text[pos] == c) {
            pos++;
            skipSpace();
            return true;
        }
        return false;
    }

    private ExpressionException unexpected() {
        return new ExpressionException(pos + 1, Problem.UNEXPECTED, new String(text, pos, 1));
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text[pos])) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
