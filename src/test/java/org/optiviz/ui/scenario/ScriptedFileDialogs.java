package org.optiviz.ui.scenario;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File dialogs for tests: every open or save "chooses" whatever the test has set up (null: cancelled). */
final class ScriptedFileDialogs implements FileDialogs {
    private final Supplier<Path> answer;

    ScriptedFileDialogs(Supplier<Path> answer) {
        this.answer = answer;
    }

    @Override
    public Path open(Window owner, String title, String extension, Path folder) {
        return answer.get();
    }

    @Override
    public Path save(Window owner, String title, String extension, Path folder, String initialName) {
        return answer.get();
    }
}
