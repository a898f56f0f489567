package org.optiviz.core.param;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one number syntax of the command line, the window's fields and scenario values: a decimal number with an
 * optional exponent ({@code 2}, {@code -0.5}, {@code .5}, {@code 1e-3}). Java's own parser also takes {@code 1d},
 * {@code 0x1p-3} and {@code Infinity}, which a user would not expect to be numbers, so they are refused here.
 */
public final class DecimalText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(inf|infinity|nan)");
    /** How much of a user's text a message quotes. */
    private static final int QUOTE_LIMIT = 40;

    private DecimalText() {
    }

    /**
     * The number the text writes, surrounding blanks ignored; a typographic minus (−) counts as a minus.
     *
     * @throws NumberFormatException with a one-line reason that quotes the text (cut and escaped)
     */
    public static double parse(String text) {
        String trimmed = text.strip().replace('−', '-');
        if (DECIMAL.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        if (NOT_FINITE.matcher(trimmed.toLowerCase(Locale.ROOT)).matches()) {
            throw new NumberFormatException(quote(text) + " is not a finite number");
        }
        throw new NumberFormatException(quote(text) + " is not a number");
    }

    /**
     * A user's text as a message quotes it: in single quotes, control characters escaped (so that a message stays
     * one printable line) and cut to about 40 characters.
     */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (shown == QUOTE_LIMIT) {
                sb.append('…');
                break;
            }
            if (Character.isISOControl(cp)) {
                sb.append(cp == '\n' ? "\\n" : cp == '\t' ? "\\t" : cp == '\r' ? "\\r"
                        : String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            shown++;
        }
        return sb.append('\'').toString();
    }
}
