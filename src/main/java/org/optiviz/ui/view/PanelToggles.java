package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.optiviz.ui.I18n;

/**
 * In presentation mode, two tool-bar buttons that bring the side panels over the plot (also O and H, or the
 * pointer at the window's edge); hidden in normal mode, where the panels are always there.
 */
final class PanelToggles extends HBox {
    PanelToggles(I18n i18n, BooleanProperty left, BooleanProperty right, BooleanProperty presentation) {
        setSpacing(4);
        setAlignment(Pos.CENTER_RIGHT);
        ToggleButton leftButton = toggle(i18n, "leftPanelToggle", new FontIcon(MaterialDesignT.TUNE_VARIANT),
                "tool.leftPanel", left);
        ToggleButton rightButton = toggle(i18n, "rightPanelToggle", new FontIcon(MaterialDesignD.DOCK_RIGHT),
                "tool.rightPanel", right);
        getChildren().addAll(leftButton, rightButton);
        visibleProperty().bind(presentation);
        managedProperty().bind(presentation);
    }

    private static ToggleButton toggle(I18n i18n, String id, FontIcon icon, String tooltipKey, BooleanProperty state) {
        ToggleButton button = new ToggleButton(null, icon);
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(Tips.of(i18n, tooltipKey));
        button.selectedProperty().bindBidirectional(state);
        return button;
    }
}
