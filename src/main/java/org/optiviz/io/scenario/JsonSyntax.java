package org.optiviz.io.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optiviz.core.param.DecimalText;

/**
 * Why a scenario file is not valid JSON, in the app's words. The JSON library's own messages name its
 * configuration switches and internals ("enable JsonReadFeature…", "StreamReadConstraints…"), which mean nothing
 * to someone who edited a file by hand.
 */
final class JsonSyntax {
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) \"?'?(.*?)'?\"?$");

    private JsonSyntax() {
    }

    static ScenarioException problem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column "
                + at.getColumnNr();
        return new ScenarioException("", "not valid JSON" + where + ": " + reason(e.getOriginalMessage()));
    }

    /** The library's message as one short line of ours. */
    static String reason(String original) {
        String message = original == null ? "" : original.lines().findFirst().orElse("").trim();
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            String word = token.group(1);
            if (word.matches("[+-]?(NaN|Infinity|INF)")) {
                return word + " is not a number a scenario can hold; write a finite number";
            }
            return DecimalText.quote(word) + " is not a JSON value (expected a number, a \"string\", true, false, "
                    + "null, [ ] or { })";
        }
        if (lower.contains("nesting depth")) {
            return "nested too deeply (more than 1000 levels)";
        }
        if (lower.contains("unexpected end-of-input")) {
            return "the file ends before every { and [ is closed";
        }
        if (lower.contains("trailing token")) {
            return "more text after the scenario's closing }";
        }
        if (lower.contains("illegal unquoted character") || lower.contains("ctrl-char")) {
            return "a control character inside a string; write it as an escape such as \\n or \\u0000";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the key " + DecimalText.quote(duplicate.group(1)) + " appears twice in one object";
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            int code = Integer.parseInt(character.group(2));
            String shown = DecimalText.quote(new String(Character.toChars(code)));
            int colon = message.indexOf("): ");
            String expected = colon < 0 ? "" : "; " + message.substring(colon + 3).replace("was expecting", "expected");
            return "unexpected " + shown + expected.replaceAll("\\s*\\(JSON String.*", "");
        }
        // Anything else: the library's first line, without its references to its own configuration.
        return message.replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").trim();
    }
}
