package org.optiviz.ui.view;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.optiviz.core.inspect.RuleCard;
import org.optiviz.core.inspect.RuleLine;
import org.optiviz.ui.I18n;
import org.optiviz.ui.OptimizerTexts;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The selected optimizer's update rule, one formula a line, each with this step's numbers: what it used and what it
 * gave. "Step" takes one step and the numbers follow; "Copy" puts the card on the clipboard as text, in the
 * window's language.
 */
final class RuleCardView extends VBox {
    private final MainViewModel model;
    private final I18n i18n;
    private final Label title = new Label();
    private final VBox lines = new VBox(6);
    private final LazyRefresh refresher = new LazyRefresh(this::refresh);
    private String text = "";

    RuleCardView(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("ruleCard");
        setSpacing(8);
        setPadding(new Insets(6, 0, 0, 0));
        title.getStyleClass().addAll(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        Button next = new Button(null, new FontIcon(MaterialDesignS.STEP_FORWARD));
        next.setId("ruleNextStep");
        next.textProperty().bind(i18n.text("rule.next"));
        next.setTooltip(Tips.of(i18n, "rule.next.tooltip"));
        next.setOnAction(e -> model.stepOnce());
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("ruleCopy");
        copy.textProperty().bind(i18n.text("rule.copy"));
        copy.setTooltip(Tips.of(i18n, "rule.copy.tooltip"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        for (Button b : List.of(next, copy)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(USE_PREF_SIZE);
        }
        getChildren().addAll(title, new HBox(6, next, copy), lines);
        model.redraws().pathsVersionProperty().addListener((obs, old, now) -> refresher.invalidate());
        model.redraws().rewriteVersionProperty().addListener((obs, old, now) -> refresher.invalidate());
        model.selectedProperty().addListener((obs, old, now) -> refresher.invalidate());
        i18n.localeProperty().addListener((obs, old, now) -> refresher.invalidate());
    }

    /** Whether the card is on screen; it follows the race only while it is. */
    void setShown(boolean on) {
        refresher.setShown(on);
    }

    /** The card as the clipboard gets it. */
    String text() {
        return text;
    }

    private void refresh() {
        OptimizerEntry entry = model.getSelected();
        String name = new OptimizerTexts(i18n).name(entry.kind());
        List<RuleLine> rule = RuleCard.of(entry.run());
        String heading = i18n.get("rule.title", name, Long.toString(entry.run().step()));
        title.setText(heading);
        lines.getChildren().clear();
        if (rule.isEmpty()) {
            Label empty = new Label(i18n.get("rule.empty"));
            empty.setWrapText(true);
            lines.getChildren().add(empty);
            text = heading + "\n" + i18n.get("rule.empty") + "\n";
            return;
        }
        StringBuilder copied = new StringBuilder(heading).append('\n');
        for (int i = 0; i < rule.size(); i++) {
            RuleLine line = rule.get(i);
            String caption = i18n.get("rule.caption." + line.caption());
            Label captionLabel = new Label(caption);
            captionLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label formula = new Label(line.formula());
            formula.getStyleClass().add("rule-formula");
            formula.setWrapText(true);
            formula.setMinHeight(USE_PREF_SIZE);
            VBox row = new VBox(1, captionLabel, formula);
            if (!line.scalars().isEmpty()) {
                Label scalars = new Label(String.join(",  ", line.scalars()));
                scalars.getStyleClass().add("readout");
                scalars.setMinHeight(USE_PREF_SIZE);
                scalars.setWrapText(true);
                row.getChildren().add(scalars);
            }
            if (!line.result().isEmpty()) {
                Label result = new Label("⇒ " + line.result());
                // The text font, not the readout's monospace, which misplaces the hat of m̂ and ŝ.
                result.getStyleClass().add("rule-result");
                result.setWrapText(true);
                result.setMinHeight(USE_PREF_SIZE);
                row.getChildren().add(result);
            }
            row.setId("ruleLine-" + i);
            lines.getChildren().add(row);
            copied.append(caption).append(": ").append(line.text()).append('\n');
        }
        text = copied.toString();
    }
}
