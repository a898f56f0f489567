package org.optiviz.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.optiviz.core.param.DecimalText;

/**
 * Path-aware, strict reading of one JSON object: unknown keys are refused by name, and every type or range
 * problem names the field's full path (e.g. {@code noise.seed}).
 */
final class JsonFields {
    private static final int SHOWN_VALUE_LENGTH = 40;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at this path, checked to be an object with only the allowed keys. */
    static JsonFields of(JsonNode node, String path, List<String> allowed) throws ScenarioException {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(path, "expected an object { ... }, got " + shown(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ScenarioException(child(path, name),
                        "unknown key; allowed here: " + String.join(", ", allowed));
            }
        }
        return new JsonFields(node, path);
    }

    /**
     * The path of a key under this one. A key that is not a plain name (empty, long, with spaces or control
     * characters) is shown quoted, cut and escaped, so that a message about it stays one readable line.
     */
    static String child(String path, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return path + "[" + DecimalText.quote(key) + "]";
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    String path(String key) {
        return child(path, key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    /** The raw field, or null when absent. */
    JsonNode get(String key) {
        return node.get(key);
    }

    JsonNode require(String key, String expected) throws ScenarioException {
        JsonNode value = node.get(key);
        if (value == null) {
            throw new ScenarioException(path(key), "missing; expected " + expected);
        }
        return value;
    }

    /** A finite number, or the default when the key is absent. */
    double number(String key, double defaultValue) throws ScenarioException {
        JsonNode value = node.get(key);
        return value == null ? defaultValue : number(value, path(key));
    }

    double requireNumber(String key) throws ScenarioException {
        return number(require(key, "a number"), path(key));
    }

    static double number(JsonNode value, String path) throws ScenarioException {
        if (!value.isNumber()) {
            throw new ScenarioException(path, "expected a number, got " + shown(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ScenarioException(path, value.asText() + " is not a finite number");
        }
        return d;
    }

    /** A whole number within [min, max], or the default when the key is absent. */
    long integer(String key, long defaultValue, long min, long max) throws ScenarioException {
        JsonNode value = node.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ScenarioException(path(key), "expected a whole number in " + min + ".." + max + ", got "
                    + shown(value));
        }
        long v = value.longValue();
        if (v < min || v > max) {
            throw new ScenarioException(path(key), v + " is outside " + min + ".." + max);
        }
        return v;
    }

    boolean bool(String key, boolean defaultValue) throws ScenarioException {
        JsonNode value = node.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw new ScenarioException(path(key), "expected true or false, got " + shown(value));
        }
        return value.booleanValue();
    }

    /** A string, or null when the key is absent. */
    String text(String key) throws ScenarioException {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ScenarioException(path(key), "expected a string, got " + shown(value));
        }
        return value.textValue();
    }

    String requireText(String key, String expected) throws ScenarioException {
        String text = text(key);
        if (text == null) {
            throw new ScenarioException(path(key), "missing; expected " + expected);
        }
        return text;
    }

    /** A JSON value as a short piece of text for a message. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH - 3) + "...";
    }
}
