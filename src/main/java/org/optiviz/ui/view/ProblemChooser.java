package org.optiviz.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.Surfaces;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.DataProblemModel;
import org.optiviz.ui.model.FunctionEditorModel;
import org.optiviz.ui.model.MainViewModel;

/**
 * The problem chooser: the built-in surfaces, then "Your own f(x, y)…" and "Fit a model to data…". Choosing one
 * of the last two races the function or data last used there (if the function in the editor cannot be read, the
 * editor opens with its problem and the race stays as it was); the editors below the chooser show for them.
 */
final class ProblemChooser extends ComboBox<ProblemChooser.Choice> {
    /** A chooser entry: a built-in surface, or one of the two editors. */
    record Choice(Surface surface, Kind kind) {
    }

    enum Kind { BUILT_IN, FUNCTION, DATA }

    static final Choice FUNCTION = new Choice(null, Kind.FUNCTION);
    static final Choice DATA = new Choice(null, Kind.DATA);

    private final MainViewModel model;
    private boolean following;

    ProblemChooser(MainViewModel model, FunctionEditorModel function, DataProblemModel data, I18n i18n,
                   java.util.function.Consumer<String> onError) {
        this.model = model;
        setId("surfaceChooser");
        List<Choice> items = new ArrayList<>();
        for (Surface surface : Surfaces.all()) {
            items.add(new Choice(surface, Kind.BUILT_IN));
        }
        items.add(FUNCTION);
        items.add(DATA);
        getItems().setAll(items);
        setMaxWidth(Double.MAX_VALUE);
        setCellFactory(list -> new ChoiceCell(i18n));
        setButtonCell(new ChoiceCell(i18n));
        i18n.localeProperty().addListener((obs, old, now) -> {
            setButtonCell(new ChoiceCell(i18n));
            setCellFactory(list -> new ChoiceCell(i18n));
        });
        follow(model.getSurface());
        valueProperty().addListener((obs, old, now) -> {
            if (following || now == null) {
                return;
            }
            switch (now.kind()) {
                case BUILT_IN -> {
                    if (now.surface() != model.getSurface()) {
                        model.setSurface(now.surface());
                    }
                }
                case FUNCTION -> {
                    if (!(model.getSurface() instanceof TypedSurface)) {
                        try {
                            function.apply();
                        } catch (IllegalArgumentException e) {
                            // The editor shows the problem under the text; the race stays as it was.
                            onError.accept(FunctionEditor.describe(i18n, e));
                        }
                    }
                }
                case DATA -> {
                    if (!(model.getSurface() instanceof DataModel)) {
                        data.apply(Integer.MAX_VALUE);
                    }
                }
            }
        });
        model.surfaceProperty().addListener((obs, old, now) -> follow(now));
    }

    /** Shows the entry of the problem raced now, without acting on it. */
    private void follow(Surface surface) {
        following = true;
        try {
            if (surface instanceof TypedSurface) {
                setValue(FUNCTION);
            } else if (surface instanceof DataModel) {
                setValue(DATA);
            } else {
                setValue(new Choice(surface, Kind.BUILT_IN));
            }
        } finally {
            following = false;
        }
    }

    /** Which editor shows: the chosen entry's. */
    Kind kind() {
        return getValue() == null ? Kind.BUILT_IN : getValue().kind();
    }

    /** Shows an entry by its name in the window's language. */
    private static final class ChoiceCell extends ListCell<Choice> {
        private final I18n i18n;

        ChoiceCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.kind() == Kind.BUILT_IN) {
                setText(ControlsPanel.surfaceName(i18n, item.surface()));
            } else {
                setText(i18n.get(item.kind() == Kind.FUNCTION ? "problem.function" : "problem.data"));
            }
        }
    }
}
