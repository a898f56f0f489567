package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.ColorPicker;
import org.optiviz.core.race.RunStatus;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptimizerTexts;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * Every optimizer as a row: a checkbox to show or hide it, its colour, its name and its live status. Clicking a
 * row selects the optimizer for the hyperparameter panel.
 */
final class OptimizerList extends VBox {
    private static final PseudoClass DIVERGED = PseudoClass.getPseudoClass("diverged");
    private static final PseudoClass CONVERGED = PseudoClass.getPseudoClass("converged");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final MainViewModel model;
    private final I18n i18n;
    /** Undoes the rows' listeners on the window-wide selection and language when a new list replaces them. */
    private final List<Runnable> unbinders = new ArrayList<>();
    private final PacedUpdates paced;

    OptimizerList(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        // Compact rows: eighteen optimizers fit a tall panel, and the panel scrolls on a small screen.
        setSpacing(1);
        paced = new PacedUpdates(model::isPlaying);
        model.playingProperty().addListener((obs, was, now) -> paced.flush());
        model.entriesProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
        getChildren().clear();
        for (OptimizerEntry entry : model.entries()) {
            getChildren().add(row(entry));
        }
    }

    private VBox row(OptimizerEntry entry) {
        String key = entry.key();
        CheckBox shown = new CheckBox();
        shown.setId("show-" + key);
        shown.selectedProperty().bindBidirectional(entry.visibleProperty());
        shown.setTooltip(Tips.of(i18n, "optimizers.show.tooltip"));
        ColorPicker swatch = new ColorPicker();
        swatch.setId("color-" + key);
        swatch.getStyleClass().addAll(ColorPicker.STYLE_CLASS_BUTTON, "swatch-picker");
        // The model keeps packed ARGB; the picker shows it as a JavaFX colour, each side following the other.
        swatch.setValue(OptiVizColors.fx(entry.getColor()));
        swatch.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                entry.setColor(OptiVizColors.argb(now));
            }
        });
        entry.colorProperty().addListener((obs, old, now) -> swatch.setValue(OptiVizColors.fx(now.intValue())));
        swatch.setTooltip(Tips.of(i18n, "optimizers.color.tooltip"));
        // Never squeezed under the name, whatever the text size.
        swatch.setMinWidth(Region.USE_PREF_SIZE);
        shown.setMinWidth(Region.USE_PREF_SIZE);
        OptimizerTexts texts = new OptimizerTexts(i18n);
        Label name = new Label();
        name.textProperty().bind(Bindings.createStringBinding(() -> texts.name(entry.kind()), i18n.localeProperty()));
        Tooltip rule = new Tooltip();
        rule.textProperty().bind(Bindings.createStringBinding(() -> texts.tooltip(entry.kind()),
                i18n.localeProperty()));
        name.setTooltip(rule);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label badge = new Label();
        badge.setId("badge-" + key);
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, "run-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, shown, swatch, name, spacer, badge);
        top.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("status-" + key);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, "run-status");
        status.setPadding(new Insets(0, 0, 0, 26));
        status.setMinWidth(Region.USE_PREF_SIZE);
        // What sets a variant apart ("(full)") gets a line of its own under the name, so neither is cut.
        Label variant = new Label();
        variant.setId("variant-" + key);
        variant.getStyleClass().addAll(Styles.TEXT_SMALL, "run-variant");
        variant.setPadding(new Insets(0, 0, 0, 26));
        variant.textProperty().bind(Bindings.createStringBinding(() -> entry.nameSuffixProperty().get().strip(),
                entry.nameSuffixProperty()));
        variant.managedProperty().bind(variant.textProperty().isNotEmpty());
        variant.visibleProperty().bind(variant.managedProperty());
        VBox row = new VBox(0, top, variant, status);
        row.setId("row-" + key);
        row.getStyleClass().add("optimizer-row");
        row.setPadding(new Insets(1, 6, 1, 6));
        HBox.setHgrow(row, Priority.ALWAYS);
        row.setOnMouseClicked(e -> model.selectedProperty().set(entry));
        Runnable update = () -> {
            status.setText(i18n.get("status.running", Long.toString(entry.stepProperty().get()),
                    Formats.compact(entry.lossProperty().get()), Formats.compact(entry.gradientNormProperty().get())));
            RunStatus state = entry.getStatus();
            badge.setText(state == RunStatus.DIVERGED
                    ? i18n.get("status.diverged", Long.toString(entry.divergedAtProperty().get()))
                    : state == RunStatus.CONVERGED ? i18n.get("status.converged") : "");
            badge.pseudoClassStateChanged(DIVERGED, state == RunStatus.DIVERGED);
            badge.pseudoClassStateChanged(CONVERGED, state == RunStatus.CONVERGED);
        };
        entry.stepProperty().addListener((obs, old, now) -> paced.request(update));
        entry.lossProperty().addListener((obs, old, now) -> paced.request(update));
        // The gradient changes alone when a new start has the same loss (a lesson starting at a minimum).
        entry.gradientNormProperty().addListener((obs, old, now) -> paced.request(update));
        entry.divergedAtProperty().addListener((obs, old, now) -> paced.request(update));
        entry.statusProperty().addListener((obs, old, now) -> paced.request(update));
        InvalidationListener relabel = obs -> update.run();
        i18n.localeProperty().addListener(relabel);
        update.run();
        InvalidationListener selectedStyle = obs -> row.pseudoClassStateChanged(SELECTED, model.getSelected() == entry);
        model.selectedProperty().addListener(selectedStyle);
        selectedStyle.invalidated(null);
        unbinders.add(() -> {
            i18n.localeProperty().removeListener(relabel);
            model.selectedProperty().removeListener(selectedStyle);
            name.textProperty().unbind();
            rule.textProperty().unbind();
        });
        return row;
    }
}
