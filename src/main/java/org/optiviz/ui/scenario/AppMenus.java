package org.optiviz.ui.scenario;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.settings.UserSettings;
import org.optiviz.ui.I18n;
import org.optiviz.ui.export.ExportActions;
import org.optiviz.ui.view.AboutDialog;

/** The menu bar: File (scenarios, recent files), Lessons, Tools (sweep, tuning), Export and Help, every label from the resource bundle. */
final class AppMenus {
    private final I18n i18n;
    private final ScenarioActions scenarios;
    private final ExportActions exports;
    private final Node anchor;
    private final Tools tools;

    /** What the Tools menu does: show or leave the sweep heat map, tune the learning rates. */
    record Tools(Runnable toggleSweep, Consumer<Window> tune) {
    }

    private AppMenus(I18n i18n, ScenarioActions scenarios, ExportActions exports, Node anchor, Tools tools) {
        this.tools = tools;
        this.i18n = i18n;
        this.scenarios = scenarios;
        this.exports = exports;
        this.anchor = anchor;
    }

    /** @param anchor any node of the window, to find the window the dialogs belong to */
    static MenuBar build(I18n i18n, ScenarioActions scenarios, ExportActions exports, Node anchor, Tools tools) {
        AppMenus menus = new AppMenus(i18n, scenarios, exports, anchor, tools);
        MenuBar bar = new MenuBar(menus.file(), menus.lessons(), menus.tools(), menus.export(), menus.help());
        bar.setId("menuBar");
        return bar;
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    private Menu file() {
        Menu menu = menu("menuFile", "menu.file");
        MenuItem open = item("menuOpen", "menu.file.open", shortcut(KeyCode.O),
                () -> scenarios.chooseAndOpen(owner()));
        MenuItem save = item("menuSave", "menu.file.save", shortcutShift(KeyCode.S),
                () -> scenarios.chooseAndSave(owner()));
        Menu recent = menu("menuRecent", "menu.file.recent");
        Runnable fillRecent = () -> fillRecent(recent, scenarios.settingsProperty().get());
        scenarios.settingsProperty().addListener((obs, old, now) -> fillRecent.run());
        i18n.localeProperty().addListener((obs, old, now) -> fillRecent.run());
        fillRecent.run();
        MenuItem defaults = item("menuDefaults", "menu.file.defaults", shortcutShift(KeyCode.R),
                scenarios::resetToDefaults);
        menu.getItems().addAll(open, save, recent, new SeparatorMenuItem(), defaults);
        return menu;
    }

    private void fillRecent(Menu recent, UserSettings settings) {
        recent.getItems().clear();
        for (Path file : settings.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> scenarios.open(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("menu.file.recent.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu lessons() {
        Menu menu = menu("menuLessons", "menu.lessons");
        Map<String, Scenario> lessons = ScenarioActions.lessons();
        Runnable fill = () -> {
            menu.getItems().clear();
            int number = 1;
            for (Map.Entry<String, Scenario> lesson : lessons.entrySet()) {
                String name = lesson.getKey();
                MenuItem item = new MenuItem(number++ + ". " + lesson.getValue().lesson().title().in(i18n.getLocale()));
                item.setId("lesson-" + name.replace(".json", ""));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> scenarios.openLesson(name));
                menu.getItems().add(item);
            }
        };
        i18n.localeProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        return menu;
    }

    private Menu export() {
        Menu menu = menu("menuExport", "menu.export");
        CheckMenuItem decorations = new CheckMenuItem();
        decorations.setId("menuDecorations");
        decorations.textProperty().bind(i18n.text("menu.export.decorations"));
        decorations.selectedProperty().bindBidirectional(exports.decorationsProperty());
        CheckMenuItem lossChart = new CheckMenuItem();
        lossChart.setId("menuLossChart");
        lossChart.textProperty().bind(i18n.text("menu.export.lossChart"));
        lossChart.selectedProperty().bindBidirectional(exports.lossChartProperty());
        menu.getItems().addAll(
                item("menuPng1", "menu.export.png1", shortcut(KeyCode.E), () -> exports.plotPng(owner(), 1)),
                item("menuPng2", "menu.export.png2", shortcutShift(KeyCode.E), () -> exports.plotPng(owner(), 2)),
                item("menuPng4", "menu.export.png4", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.ALT_DOWN), () -> exports.plotPng(owner(), 4)),
                decorations,
                lossChart,
                new SeparatorMenuItem(),
                item("menuSvg", "menu.export.svg", shortcutShift(KeyCode.V), () -> exports.svg(owner())),
                item("menuGif", "menu.export.gif", shortcutShift(KeyCode.G), () -> exports.gif(owner())),
                item("menuCsv", "menu.export.csv", shortcutShift(KeyCode.C), () -> exports.csv(owner())),
                new SeparatorMenuItem(),
                item("menuWindowPng", "menu.export.window", shortcutShift(KeyCode.W),
                        () -> exports.windowPng(owner(), anchor.getScene())));
        return menu;
    }

    private Menu tools() {
        Menu menu = menu("menuTools", "menu.tools");
        // No accelerator for the sweep: S is a plain key, left to text fields while typing (see the shortcuts).
        menu.getItems().addAll(item("menuSweep", "menu.tools.sweep", null, tools.toggleSweep()),
                item("menuTune", "menu.tools.tune", null, () -> tools.tune().accept(owner())));
        return menu;
    }

    private Menu help() {
        Menu menu = menu("menuHelp", "menu.help");
        menu.getItems().add(item("menuAbout", "menu.help.about", null, () -> AboutDialog.load().show(owner(), i18n)));
        return menu;
    }

    private Menu menu(String id, String key) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    private MenuItem item(String id, String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
