package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.ArrowSettings;

/** The tool bar's arrows menu: show the arrows of the latest steps, and which kinds. */
final class ArrowMenu extends MenuButton {
    ArrowMenu(I18n i18n, ArrowSettings arrows, BooleanProperty presentation) {
        setId("arrowMenu");
        setGraphic(new FontIcon(MaterialDesignV.VECTOR_LINE));
        // An icon, as the tool bar's other buttons, so the bar still fits a 1024-pixel screen.
        getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Tweaks.NO_ARROW);
        setTooltip(Tips.of(i18n, "arrows.tooltip"));
        getItems().addAll(item(i18n, "arrowsShown", "arrows.show", arrows.shownProperty()), new SeparatorMenuItem(),
                item(i18n, "arrowsGradient", "arrows.gradient", arrows.gradientProperty()),
                item(i18n, "arrowsMomentum", "arrows.momentum", arrows.momentumProperty()),
                item(i18n, "arrowsStep", "arrows.step", arrows.stepProperty()),
                item(i18n, "arrowsLookAhead", "arrows.lookahead", arrows.lookAheadProperty()),
                item(i18n, "arrowsBox", "arrows.box", arrows.effectiveStepProperty()));
        setMinWidth(USE_PREF_SIZE);
        // A projector's tool bar has no room to spare; there the A key switches the arrows.
        visibleProperty().bind(presentation.not());
        managedProperty().bind(presentation.not());
    }

    private static CheckMenuItem item(I18n i18n, String id, String key, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
