package org.optiviz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.ScenarioException;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.ui.StartRequest;

/**
 * Checks the window's start arguments before any window opens, so a typo gives one line and exit code 2 rather
 * than a window in some other state: a lesson key must name a bundled lesson, a scenario file must read cleanly.
 */
final class WindowStart {
    private static final String SUFFIX = ".json";

    private WindowStart() {
    }

    /** The bundled lessons' keys (file names without ".json"), in menu order. */
    static List<String> lessonKeys() {
        List<String> keys = new ArrayList<>();
        for (String name : BundledLessons.names()) {
            keys.add(name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name);
        }
        return keys;
    }

    static StartRequest check(boolean presentation, String lesson, Path scenario) {
        if (lesson != null && scenario != null) {
            throw new UsageException("--lesson and a scenario file cannot be combined: give one of them");
        }
        if (lesson != null) {
            String key = lesson.endsWith(SUFFIX) ? lesson.substring(0, lesson.length() - SUFFIX.length()) : lesson;
            if (!lessonKeys().contains(key)) {
                throw new UsageException("--lesson: no lesson '" + lesson + "'; the lessons are "
                        + String.join(", ", lessonKeys()));
            }
            return new StartRequest(presentation, key + SUFFIX, null);
        }
        if (scenario != null) {
            if (!Files.isRegularFile(scenario)) {
                throw new UsageException(scenario + ": no such file (nor a command: list, trajectory, scenario, "
                        + "render, animate, bench)");
            }
            try {
                ScenarioJson.standard().read(scenario);
            } catch (ScenarioException e) {
                throw new UsageException(scenario + ": " + e.getMessage());
            }
        }
        return new StartRequest(presentation, null, scenario);
    }
}
