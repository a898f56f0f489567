package org.optiviz.ui.view;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.DataProblemModel;
import org.optiviz.ui.model.FunctionEditorModel;
import org.optiviz.ui.model.MainViewModel;

/**
 * The problem chooser and the two editors it opens (a typed function, a model on data), with their view models.
 * Only the chosen entry's editor takes room in the panel.
 */
final class ProblemEditors {
    private final FunctionEditorModel function;
    private final DataProblemModel data;
    private final ProblemChooser chooser;
    private final StackPane editors;

    ProblemEditors(MainViewModel model, I18n i18n, Consumer<String> onError) {
        this.function = new FunctionEditorModel(model);
        this.data = new DataProblemModel(model, task -> {
            Thread thread = new Thread(task, "optiviz-data");
            thread.setDaemon(true);
            thread.start();
        }, Platform::runLater);
        this.chooser = new ProblemChooser(model, function, data, i18n, onError);
        FunctionEditor functionEditor = new FunctionEditor(function, i18n, onError);
        DataEditor dataEditor = new DataEditor(data, i18n, onError);
        editors = new StackPane(functionEditor, dataEditor);
        Runnable show = () -> {
            ProblemChooser.Kind kind = chooser.kind();
            functionEditor.setVisible(kind == ProblemChooser.Kind.FUNCTION);
            dataEditor.setVisible(kind == ProblemChooser.Kind.DATA);
            functionEditor.setManaged(functionEditor.isVisible());
            dataEditor.setManaged(dataEditor.isVisible());
            editors.setVisible(kind != ProblemChooser.Kind.BUILT_IN);
            editors.setManaged(editors.isVisible());
        };
        chooser.valueProperty().addListener((obs, old, now) -> show.run());
        show.run();
        // The first function compiled in a run loads the compiler (about a second); do that before anyone types.
        Thread warm = new Thread(() -> org.optiviz.core.function.TypedSurface.of("x + y", null, null),
                "optiviz-compiler-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** True while the function editor shows (its text is the formula, so the formula line can go). */
    javafx.beans.binding.BooleanBinding functionShown() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chooser.kind() == ProblemChooser.Kind.FUNCTION, chooser.valueProperty());
    }

    ProblemChooser chooser() {
        return chooser;
    }

    /** The editor of the chosen entry (nothing for a built-in surface). */
    StackPane editors() {
        return editors;
    }

    FunctionEditorModel function() {
        return function;
    }

    DataProblemModel data() {
        return data;
    }
}
