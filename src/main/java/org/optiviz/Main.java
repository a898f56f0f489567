package org.optiviz;

import org.optiviz.cli.OptiVizCommand;

/**
 * Entry point of {@code java -jar optiviz.jar}: the window without arguments, headless commands otherwise.
 * It does not extend Application, so the JavaFX runtime can be found on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OptiVizCommand.run(args));
    }
}
