package org.optiviz.io.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons shipped with the app: scenario files with a title and an explanation, listed in
 * {@code org/optiviz/lessons/index.txt} in the order they are offered.
 */
public final class BundledLessons {
    private static final String FOLDER = "/org/optiviz/lessons/";

    private BundledLessons() {
    }

    /** The lesson file names in menu order. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = open("index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled lesson index cannot be read", e);
        }
        return names;
    }

    /** One bundled lesson, validated like any scenario file. */
    public static Scenario load(String name, ScenarioJson json) throws ScenarioException {
        try (InputStream in = open(name)) {
            Scenario scenario = json.read(in);
            if (scenario.lesson() == null) {
                throw new ScenarioException("title", "missing; a lesson needs a title and an explanation");
            }
            return scenario;
        } catch (IOException e) {
            throw new ScenarioException("", "lesson " + name + " cannot be read: " + e.getMessage());
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledLessons.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("no bundled resource " + FOLDER + name);
        }
        return in;
    }
}
