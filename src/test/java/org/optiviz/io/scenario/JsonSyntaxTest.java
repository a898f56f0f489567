package org.optiviz.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not JSON, or not a scenario's keys, are refused in the app's words, one short line each. */
class JsonSyntaxTest {
    private static String problem(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioJson.standard().parse(json)).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"version\": NaN}|not valid JSON at line 1, column 16: NaN is not a number a scenario can hold; write a finite number",
        "{\"version\": -Infinity}|not valid JSON at line 1, column 22: -Infinity is not a number a scenario can hold; write a finite number",
        "{\"version\": fast}|not valid JSON at line 1, column 17: 'fast' is not a JSON value (expected a number, a \"string\", true, false, null, [ ] or { })",
        "{\"version\": 1|not valid JSON at line 1, column 14: the file ends before every { and [ is closed",
        "{\"version\": 1} {}|not valid JSON at line 1, column 16: more text after the scenario's closing }",
        "{\"version\": 1, \"version\": 1}|not valid JSON at line 1, column 25: the key 'version' appears twice in one object",
        "{\"version\": 1,}|not valid JSON at line 1, column 15: unexpected '}'; expected double-quote to start field name",
    })
    void syntaxProblemsInOurWords(String json, String expected) {
        assertEquals(expected, problem(json));
    }

    @Test
    void deepNestingIsNamedWithoutTheLibrarysInternals() {
        String message = problem("[".repeat(1001) + "]".repeat(1001));
        assertEquals("nested too deeply (more than 1000 levels)", message.substring(message.indexOf(": ") + 2));
    }

    @Test
    void aControlCharacterInAStringIsNamed() {
        assertEquals("not valid JSON at line 1, column 4: a control character inside a string; write it as an "
                + "escape such as \\n or \\u0000", problem("{\"a\u0000b\": 1}"));
    }

    @Test
    void oddKeysAreQuotedCutAndEscapedAndStillHaveAPath() {
        String longKey = "k".repeat(5000);
        String message = problem("{\"version\": 1, \"" + longKey + "\": 1}");
        assertEquals("['" + "k".repeat(40) + "…']: unknown key;", message.substring(0, message.indexOf(';') + 1));
        String empty = problem("{\"version\": 1, \"\": 1}");
        assertEquals("['']: unknown key;", empty.substring(0, empty.indexOf(';') + 1));
        String nul = problem("{\"version\": 1, \"a\\u0000b\": 1}");
        assertEquals("['a\\u0000b']: unknown key;", nul.substring(0, nul.indexOf(';') + 1));
    }
}
