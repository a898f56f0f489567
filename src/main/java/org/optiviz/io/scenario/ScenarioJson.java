package org.optiviz.io.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.io.AtomicFiles;
import org.optiviz.plot.Palette;

/**
 * Scenario files: JSON text with {@code "version": 1}, read strictly (bad JSON with its line and column, duplicate
 * and unknown keys, out-of-range values, each reported as one line) and written atomically.
 */
public final class ScenarioJson {
    /** Scenario files are a few kilobytes; anything this large is not one. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The colour of an optimizer that a file leaves uncoloured: the plot palette's, as in the window. */
    public static final ToIntFunction<OptimizerKind> PALETTE = kind -> Palette.color(kind) & 0xFFFFFF;

    private final ScenarioReader reader;

    /** @param defaultColour 0xRRGGBB for an optimizer whose colour a file leaves out */
    public ScenarioJson(ToIntFunction<OptimizerKind> defaultColour) {
        this.reader = new ScenarioReader(defaultColour);
    }

    /** Files as the app reads them: missing colours from the plot palette. */
    public static ScenarioJson standard() {
        return new ScenarioJson(PALETTE);
    }

    /** Reads and validates a scenario from JSON text. */
    public Scenario parse(String json) throws ScenarioException {
        JsonNode root;
        try {
            // Editors on Windows may start a UTF-8 file with a byte order mark, which JSON text may not hold.
            root = MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw JsonSyntax.problem(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioException("", "the file is empty; expected a JSON object with \"version\": 1");
        }
        return reader.read(root);
    }

    /**
     * Reads and validates a scenario file; a file that cannot be read is reported like a bad field, without the
     * file's name (callers say which file they opened).
     */
    public Scenario read(Path file) throws ScenarioException {
        if (Files.isDirectory(file)) {
            throw new ScenarioException("", "it is a folder, not a scenario file");
        }
        // Read at most one byte past the limit rather than trusting the size: a device or pipe has none.
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ScenarioException("", "cannot read it: " + AtomicFiles.reason(e));
        }
    }

    /** Reads and validates a scenario from a stream (a bundled resource). */
    public Scenario read(InputStream in) throws ScenarioException, IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ScenarioException("", "larger than 1 MB, too large for a scenario");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The scenario as indented JSON text ending in a newline. */
    public static String toJson(Scenario scenario) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(ScenarioWriter.toTree(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes the scenario through a temporary file; throws IOException with a one-line message. */
    public static void write(Path file, Scenario scenario) throws IOException {
        String json = toJson(scenario);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(json);
            writer.flush();
        });
    }

}
