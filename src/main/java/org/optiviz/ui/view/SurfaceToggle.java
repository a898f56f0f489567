package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.optiviz.plot.view.LayoutKinds;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/** The transport bar's 3D switch: the surface in 3D or as flat contours, keeping one plot or a grid. */
final class SurfaceToggle {
    private SurfaceToggle() {
    }

    static ToggleButton of(MainViewModel model, I18n i18n) {
        ToggleButton button = new ToggleButton(null, new FontIcon(MaterialDesignC.CUBE_OUTLINE));
        button.setId("layout3d");
        button.setTooltip(Tips.of(i18n, "layout.3d"));
        // Apart from the overlay/grid pair, which it does not replace.
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setStyle("-fx-translate-x: 6;");
        button.setSelected(LayoutKinds.is3d(model.getLayout()));
        model.layoutProperty().addListener((obs, old, now) -> button.setSelected(LayoutKinds.is3d(now)));
        button.selectedProperty().addListener((obs, old, now) -> {
            if (now != LayoutKinds.is3d(model.getLayout())) {
                model.setLayout(LayoutKinds.with3d(model.getLayout(), now));
            }
        });
        return button;
    }
}
