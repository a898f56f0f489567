package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptimizerTexts;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * What the selected optimizer is doing inside: its internals after the latest step (AdaSmooth's β₁,ₜ, Eve's αₜ,
 * effective step sizes, velocities).
 */
final class InternalsView extends VBox {
    private final MainViewModel model;
    private final I18n i18n;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final List<Label> values = new ArrayList<>();
    private OptimizerEntry shown;
    private final ChangeListener<double[]> update = (obs, old, now) -> showValues(now);

    InternalsView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setSpacing(4);
        title.getStyleClass().addAll(Styles.TEXT_CAPTION, "section-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        grid.setId("internalsGrid");
        grid.setHgap(10);
        grid.setVgap(2);
        getChildren().addAll(title, grid);
        model.selectedProperty().addListener((obs, old, now) -> rebuild());
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (shown != null) {
            shown.internalsProperty().removeListener(update);
        }
        shown = model.getSelected();
        OptimizerTexts texts = new OptimizerTexts(i18n);
        title.setText(i18n.get("internals.title", texts.name(shown.kind()) + shown.nameSuffixProperty().get()));
        grid.getChildren().clear();
        values.clear();
        int row = 0;
        for (String name : shown.internalNames()) {
            Label label = new Label(texts.internal(name));
            label.getStyleClass().add(Styles.TEXT_SMALL);
            Label value = new Label();
            value.setId("internal-" + name);
            value.getStyleClass().addAll(Styles.TEXT_SMALL, "readout");
            // In a narrow column the number keeps its width and the name gives way with an ellipsis.
            value.setMinWidth(USE_PREF_SIZE);
            grid.addRow(row++, label, value);
            values.add(value);
        }
        shown.internalsProperty().addListener(update);
        showValues(shown.internalsProperty().get());
    }

    private void showValues(double[] internals) {
        for (int k = 0; k < values.size() && k < internals.length; k++) {
            values.get(k).setText(Formats.number(internals[k]));
        }
    }
}
