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
        // Beside the overlay/grid pair, not one of it: it turns either of them into 3D. Presentation mode has no room
        // for it in a 1024-pixel tool bar and hides it (the stylesheet); the D key does the same there.
        button.getStyleClass().addAll(Styles.BUTTON_ICON, "surface-toggle");
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
