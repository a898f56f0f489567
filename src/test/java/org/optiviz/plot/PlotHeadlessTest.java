package org.optiviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the JavaFX back end (package plot.fx) may use JavaFX, so exports work with no display. */
class PlotHeadlessTest {
    @Test
    void noJavaFxOutsideTheFxBackEnd() throws IOException {
        Path root = Path.of("src/main/java/org/optiviz/plot");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(root.resolve("fx")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import javafx.");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
