package org.optiviz.ui;

import java.nio.file.Path;

/**
 * How the window opens, from the command line: in presentation mode or not, and straight into a bundled lesson or a
 * scenario file (both already checked to be readable), or as the last session left it.
 *
 * @param lessonFile a bundled lesson's file name ("ravine-sgd-momentum.json"), or null
 * @param scenarioFile a scenario file, or null
 */
public record StartRequest(boolean presentation, String lessonFile, Path scenarioFile) {
    /** The window as the last session left it. */
    public static final StartRequest PLAIN = new StartRequest(false, null, null);

    /** Whether the window opens on a given race rather than the last session's. */
    public boolean opensRace() {
        return lessonFile != null || scenarioFile != null;
    }
}
