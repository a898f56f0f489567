package org.optiviz.io.scenario;

import java.util.List;

/**
 * A scenario that cannot be opened: the message is one line naming the first bad field by its JSON path and what
 * is allowed there, e.g. {@code optimizers[2].params.beta1: 1.5 is outside [0, 1)}.
 *
 * <p>Problems with the file as a whole (empty, a folder, unreadable, too large, not JSON) also carry a
 * {@link #wording()}: a short key and its arguments, so a window can say them in its own language.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final String wording;
    private final transient List<Object> arguments;

    public ScenarioException(String path, String problem) {
        this(path, problem, null, List.of());
    }

    /**
     * @param wording   names the problem for translation ("empty", "folder", "unreadable", "tooLarge",
     *                  "notJson", "notANumber")
     * @param arguments what the translated sentence fills in, in order
     */
    public ScenarioException(String path, String problem, String wording, List<Object> arguments) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
        this.wording = wording;
        this.arguments = List.copyOf(arguments);
    }

    /** Where the problem is, as a JSON path like {@code optimizers[2].params.beta1}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong and what is allowed. */
    public String problem() {
        return problem;
    }

    /** The key naming a whole-file problem for translation, or null when only the English message exists. */
    public String wording() {
        return wording;
    }

    /** The values a translated sentence fills in. */
    public List<Object> arguments() {
        return arguments;
    }
}
