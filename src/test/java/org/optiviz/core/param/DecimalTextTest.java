package org.optiviz.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {
    @ParameterizedTest
    @CsvSource({"2,2", "-0.5,-0.5", "+.5,0.5", "5.,5", "1e-3,0.001", "2.5E+2,250", "' 7 ',7", "−3,-3",
        "0.1,0.1", "1e400,Infinity"})
    void acceptsDecimalNumbers(String text, double expected) {
        assertEquals(expected, DecimalText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1d", "2f", "0x1p-3", "1_000", "1e", "e5", ".", "", " ", "1,5", "--1", "1e2.5", "٣"})
    void refusesEverythingElseAsNotANumber(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> DecimalText.parse(text));
        assertEquals(DecimalText.quote(text) + " is not a number", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"inf", "-Infinity", "NaN", "+INF"})
    void namesNonFiniteWords(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> DecimalText.parse(text));
        assertEquals("'" + text + "' is not a finite number", e.getMessage());
    }

    @Test
    void quotesCutLongTextAndEscapeControlCharacters() {
        assertEquals("'a\\nb\\u0000c'", DecimalText.quote("a\nb\u0000c"));
        String quoted = DecimalText.quote("x".repeat(5000));
        assertEquals("'" + "x".repeat(40) + "…'", quoted);
        assertEquals("'" + "x".repeat(40) + "'", DecimalText.quote("x".repeat(40)));
    }
}
