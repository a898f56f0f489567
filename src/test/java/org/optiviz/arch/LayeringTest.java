package org.optiviz.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays free of UI and outer layers, so it runs headless, in the CLI and in benchmarks. */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/optiviz");
    /** Any reference, imported or fully qualified, to JavaFX, AWT/Swing or the packages built on the core. */
    private static final Pattern FORBIDDEN_IN_CORE =
            Pattern.compile("\\b(javafx|java\\.awt|javax\\.swing|org\\.optiviz\\.(ui|plot|io|cli))\\.");

    static List<String> offendingLines(String source, Pattern forbidden) {
        List<String> bad = new ArrayList<>();
        for (String line : source.split("\n")) {
            String code = line.trim();
            if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                continue;
            }
            if (forbidden.matcher(code).find()) {
                bad.add(code);
            }
        }
        return bad;
    }

    @Test
    void coreReferencesNoJavaFxNorOuterLayers() throws IOException {
        assertTrue(Files.isDirectory(MAIN.resolve("core")), "run from the project root");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("core"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    offendingLines(Files.readString(p), FORBIDDEN_IN_CORE).forEach(l -> bad.add(p + ": " + l));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertEquals(List.of(), bad, "core must not depend on JavaFX or outer layers");
    }

    @Test
    void theCheckSeesImportsAndQualifiedNamesButNotComments() {
        String source = "package a;\nimport javafx.scene.Node;\n// javafx.scene is mentioned here\n"
                + "class X { java.awt.Color c; org.optiviz.core.surface.Point p; }\n";
        assertEquals(List.of("import javafx.scene.Node;", "class X { java.awt.Color c; org.optiviz.core.surface.Point p; }"),
                offendingLines(source, FORBIDDEN_IN_CORE));
    }
}
