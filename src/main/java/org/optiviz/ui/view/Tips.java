package org.optiviz.ui.view;

import javafx.scene.control.Tooltip;
import org.optiviz.ui.I18n;

/** Tooltips whose text follows the language switch. */
final class Tips {
    private Tips() {
    }

    static Tooltip of(I18n i18n, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        return tip;
    }
}
