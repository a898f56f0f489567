package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.optiviz.ui.I18n;

/** The F1 overlay listing every shortcut and mouse gesture; any click or Escape closes it. */
final class HelpOverlay extends StackPane {
    /** Key text and the bundle key of what it does, in the order shown. */
    private static final String[][] ROWS = {
        {"Space", "help.play"}, {"→", "help.step"}, {"R", "help.reset"}, {"F", "help.fit"},
        {"G", "help.layout"}, {"Ctrl+S", "help.screenshot"}, {"F1", "help.help"}, {"F11", "help.presentation"},
        {"help.key.scroll", "help.zoom"}, {"help.key.drag", "help.pan"}, {"help.key.click", "help.start"},
        {"help.key.doubleClick", "help.fit"}, {"Esc", "help.close"},
    };

    HelpOverlay(I18n i18n) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        Label title = new Label();
        title.textProperty().bind(i18n.text("help.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < ROWS.length; i++) {
            Label key = new Label();
            String keyText = ROWS[i][0];
            if (keyText.startsWith("help.")) {
                key.textProperty().bind(i18n.text(keyText));
            } else {
                key.setText(keyText);
            }
            key.getStyleClass().addAll("key-cap", Styles.TEXT_BOLD);
            Label what = new Label();
            what.textProperty().bind(i18n.text(ROWS[i][1]));
            grid.addRow(i, key, what);
        }
        VBox card = new VBox(14, title, grid);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20, 28, 20, 28));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }

    void toggle() {
        setVisible(!isVisible());
    }
}
