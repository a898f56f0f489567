package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.optiviz.ui.I18n;

/** The right end of the tool bar: fit, screenshot, frame times, theme, language, help, presentation. */
final class ToolButtons extends HBox {
    private final I18n i18n;

    ToolButtons(I18n i18n, Runnable fit, Runnable screenshot, BooleanProperty showFrames, BooleanProperty dark,
                Runnable help, BooleanProperty presentation) {
        this.i18n = i18n;
        setSpacing(4);
        setAlignment(Pos.CENTER_RIGHT);
        Button fitButton = button("fitButton", MaterialDesignF.FIT_TO_PAGE_OUTLINE, "tool.fit");
        fitButton.setOnAction(e -> fit.run());
        Button shot = button("screenshotButton", MaterialDesignC.CAMERA, "tool.screenshot");
        shot.setOnAction(e -> screenshot.run());
        ToggleButton frames = toggle("framesToggle", MaterialDesignS.SPEEDOMETER, "tool.fps", showFrames);
        ToggleButton theme = toggle("themeToggle", MaterialDesignW.WEATHER_NIGHT, "tool.theme", dark);
        dark.addListener((obs, old, now) -> ((FontIcon) theme.getGraphic())
                .setIconCode(now ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT));
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("languageChooser");
        language.getItems().setAll(I18n.LANGUAGES);
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new ShortLanguageCell());
        language.setValue(i18n.getLocale());
        language.valueProperty().addListener((obs, old, now) -> i18n.setLocale(now));
        i18n.localeProperty().addListener((obs, old, now) -> language.setValue(now));
        language.setTooltip(Tips.of(i18n, "tool.language"));
        // As wide as its short button text ("EN", "中文") needs, not as wide as the list's full names: a 1024-pixel
        // tool bar has no room to spare.
        language.setPrefWidth(78);
        language.setMinWidth(USE_PREF_SIZE);
        Button helpButton = button("helpButton", MaterialDesignH.HELP_CIRCLE_OUTLINE, "tool.help");
        helpButton.setOnAction(e -> help.run());
        ToggleButton present = toggle("presentationToggle", MaterialDesignP.PRESENTATION, "tool.presentation",
                presentation);
        // A projector's tool bar keeps what a lesson needs; saving the plot stays on Ctrl+S.
        for (javafx.scene.Node rarely : new javafx.scene.Node[] {shot, frames}) {
            rarely.visibleProperty().bind(presentation.not());
            rarely.managedProperty().bind(presentation.not());
        }
        getChildren().addAll(fitButton, shot, frames, theme, language, helpButton, present);
    }

    private Button button(String id, Ikon icon, String tooltipKey) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(Tips.of(i18n, tooltipKey));
        return button;
    }

    private ToggleButton toggle(String id, Ikon icon, String tooltipKey, BooleanProperty state) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(Tips.of(i18n, tooltipKey));
        button.selectedProperty().bindBidirectional(state);
        return button;
    }

    /** The chosen language, short ("EN", "中文"), so the tool bar fits a small screen. */
    private static final class ShortLanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : "zh".equals(item.getLanguage()) ? "中文" : "EN");
            setMinWidth(USE_PREF_SIZE);
        }
    }

    /** Each language in its own name, so anyone can find theirs. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : "zh".equals(item.getLanguage()) ? "简体中文" : "English");
        }
    }
}
