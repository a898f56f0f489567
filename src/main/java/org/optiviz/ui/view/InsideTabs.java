package org.optiviz.ui.view;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;

/**
 * Inside the selected optimizer, in three tabs that share the room of one: its internals, its update rule with this
 * step's numbers, and what the theory of the quadratic says about the problem.
 */
final class InsideTabs extends TabPane {
    private final RuleCardView rule;
    private final TheoryPanel theory;

    InsideTabs(MainViewModel model, I18n i18n, Node internals) {
        setId("insideTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        rule = new RuleCardView(model, i18n);
        theory = new TheoryPanel(model, i18n);
        Tab internalsTab = tab(i18n, "insideInternalsTab", "inside.tab.internals", internals);
        Tab ruleTab = tab(i18n, "insideRuleTab", "inside.tab.rule", rule);
        Tab theoryTab = tab(i18n, "insideTheoryTab", "inside.tab.theory", theory);
        getTabs().addAll(internalsTab, ruleTab, theoryTab);
        // As wide as the column it is given, never wider: the wrapped texts inside follow that width.
        setMinWidth(0);
        setPrefWidth(0);
        for (Region content : new Region[] {rule, theory}) {
            content.setMinWidth(0);
        }
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            rule.setShown(now == ruleTab);
            theory.setShown(now == theoryTab);
            requestLayout();
        });
        // A card that grows or shrinks (another optimizer, another language) resizes the tabs with it.
        for (Region content : new Region[] {rule, theory}) {
            content.heightProperty().addListener((obs, old, now) -> requestLayout());
        }
    }

    /** Its height follows the shown tab's wrapped text at the width it gets, so nothing is cut off below. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Tab tab = getSelectionModel().getSelectedItem();
        Node header = lookup(".tab-header-area");
        if (tab == null || !(tab.getContent() instanceof Region content) || !(header instanceof Region headerArea)
                || width <= 0) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        double inner = width - insets.getLeft() - insets.getRight();
        return insets.getTop() + headerArea.prefHeight(inner) + content.prefHeight(inner) + insets.getBottom() + 4;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private static Tab tab(I18n i18n, String id, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    RuleCardView rule() {
        return rule;
    }

    TheoryPanel theory() {
        return theory;
    }
}
