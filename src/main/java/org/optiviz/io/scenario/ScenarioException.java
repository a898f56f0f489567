package org.optiviz.io.scenario;

/**
 * A scenario that cannot be opened: the message is one line naming the first bad field by its JSON path and what
 * is allowed there, e.g. {@code optimizers[2].params.beta1: 1.5 is outside [0, 1)}.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public ScenarioException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** Where the problem is, as a JSON path like {@code optimizers[2].params.beta1}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong and what is allowed. */
    public String problem() {
        return problem;
    }
}
