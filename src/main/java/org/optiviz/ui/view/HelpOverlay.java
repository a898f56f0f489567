package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.optiviz.ui.I18n;

/**
 * The F1 overlay listing every shortcut and mouse gesture; any click or Escape closes it. The keys are read from
 * what is really installed (the window's shortcuts and the accelerators of every menu bar in the scene) each time
 * the overlay opens, so the help cannot drift from the keys.
 */
final class HelpOverlay extends StackPane {
    /** Mouse gestures on the plot (bundle key of the gesture, bundle key of what it does). */
    private static final String[][] GESTURES = {
        {"help.key.scroll", "help.zoom"}, {"help.key.drag", "help.pan"}, {"help.key.click", "help.start"},
        {"help.key.doubleClick", "help.fit"},
    };

    /** One line of the help: the keys and what they do. */
    record Row(String keys, String action) {
    }

    private final I18n i18n;
    private final Shortcuts shortcuts;
    private final Label title = new Label();
    private final GridPane windowKeys = grid();
    private final GridPane menuKeys = grid();
    private final VBox card;

    HelpOverlay(I18n i18n, Shortcuts shortcuts) {
        this.i18n = i18n;
        this.shortcuts = shortcuts;
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        title.textProperty().bind(i18n.text("help.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox columns = new HBox(40, windowKeys, menuKeys);
        card = new VBox(14, title, columns);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20, 28, 20, 28));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
        visibleProperty().addListener((obs, old, now) -> refreshIfVisible());
        i18n.localeProperty().addListener((obs, old, now) -> refreshIfVisible());
    }

    /** Shrinks the card to fit when the window is too small for it (presentation mode on a small screen). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double margin = 16;
        double fit = Math.min(1, Math.min((getWidth() - 2 * margin) / card.prefWidth(-1),
                (getHeight() - 2 * margin) / card.prefHeight(-1)));
        double factor = fit > 0 ? fit : 1;
        card.setScaleX(factor);
        card.setScaleY(factor);
    }

    void toggle() {
        setVisible(!isVisible());
    }

    private void refreshIfVisible() {
        if (isVisible()) {
            fill(windowKeys, windowRows());
            fill(menuKeys, menuRows());
        }
    }

    /** The window's own shortcuts, then the mouse gestures. */
    List<Row> windowRows() {
        List<Row> rows = new ArrayList<>();
        for (Shortcuts.Shortcut s : shortcuts.list()) {
            rows.add(new Row(Shortcuts.displayText(s.keys()), i18n.get(s.helpKey())));
        }
        for (String[] gesture : GESTURES) {
            rows.add(new Row(i18n.get(gesture[0]), i18n.get(gesture[1])));
        }
        return rows;
    }

    /** Every menu item with an accelerator, in every menu bar of the scene, as "Menu › Item". */
    List<Row> menuRows() {
        List<Row> rows = new ArrayList<>();
        if (getScene() == null) {
            return rows;
        }
        for (Node node : getScene().getRoot().lookupAll(".menu-bar")) {
            if (node instanceof MenuBar bar) {
                for (Menu menu : bar.getMenus()) {
                    addAccelerators(menu, menu.getText(), rows);
                }
            }
        }
        return rows;
    }

    private static void addAccelerators(Menu menu, String path, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            String itemPath = path + " › " + item.getText();
            if (item.getAccelerator() != null) {
                rows.add(new Row(Shortcuts.displayText(item.getAccelerator()), itemPath));
            }
            if (item instanceof Menu sub) {
                addAccelerators(sub, itemPath, rows);
            }
        }
    }

    private static void fill(GridPane grid, List<Row> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).keys());
            key.getStyleClass().addAll("key-cap", Styles.TEXT_BOLD);
            key.setMinWidth(USE_PREF_SIZE);
            Label what = new Label(rows.get(i).action());
            what.setMinWidth(USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-keys");
        grid.setHgap(20);
        grid.setVgap(6);
        return grid;
    }
}
