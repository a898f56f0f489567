package org.optiviz.core.function;

/**
 * A typed function that cannot be read: where (a 1-based column) and what was expected. The problem is kept as
 * data, so that the window can say it in its own language; {@link #getMessage()} is the English line.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What went wrong; {@code detail} is the name or character concerned, where there is one. */
    public enum Problem {
        EMPTY("expected an expression"),
        TOO_LONG("longer than %s characters"),
        TOO_DEEP("nested too deeply"),
        EXPECTED_OPERAND("expected a number, x, y, a function or '('"),
        EXPECTED_CLOSE("expected ')'"),
        EXPECTED_OPEN("expected '(' after %s"),
        EXPECTED_COMMA("expected ',': %s takes two arguments"),
        UNKNOWN_NAME("unknown name '%s' (known: x, y, pi, e and the functions sin cos tan asin acos atan sinh cosh "
                + "tanh exp log sqrt abs min max)"),
        UNEXPECTED("unexpected '%s'");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        public String english(String detail) {
            return english.contains("%s") ? String.format(english, detail) : english;
        }
    }

    private final int column;
    private final Problem problem;
    private final String detail;

    public ExpressionException(int column, Problem problem, String detail) {
        super("column " + column + ": " + problem.english(detail));
        this.column = column;
        this.problem = problem;
        this.detail = detail;
    }

    /** 1-based, counting characters as the user sees them. */
    public int column() {
        return column;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }
}
