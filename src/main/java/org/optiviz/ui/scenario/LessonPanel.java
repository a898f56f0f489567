package org.optiviz.ui.scenario;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.optiviz.io.scenario.Scenario.Lesson;
import org.optiviz.ui.I18n;

/** A lesson's title and explanation beside the plot, in the window's language; hidden when no lesson is open. */
public final class LessonPanel extends VBox {
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson");
    private final Label title = new Label();
    private final Label explanation = new Label();

    public LessonPanel(I18n i18n) {
        setId("lessonPanel");
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(10, 12, 10, 12));
        setSpacing(8);
        // The window decides the width and where the panel goes (beside or below the plot).
        setMinWidth(200);
        setMinHeight(120);
        title.setId("lessonTitle");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        explanation.setId("lessonText");
        explanation.setWrapText(true);
        explanation.setStyle("-fx-line-spacing: 0.2em;");
        Button close = new Button("✕");
        close.setId("lessonClose");
        close.getStyleClass().add("flat");
        close.setOnAction(e -> lesson.set(null));
        close.setTooltip(new javafx.scene.control.Tooltip());
        close.getTooltip().textProperty().bind(i18n.text("lesson.close"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(6, title, spacer, close);
        HBox.setHgrow(title, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(explanation);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        visibleProperty().bind(lesson.isNotNull());
        managedProperty().bind(lesson.isNotNull());
        Runnable refresh = () -> {
            Lesson now = lesson.get();
            title.setText(now == null ? "" : now.title().in(i18n.getLocale()));
            explanation.setText(now == null ? "" : now.explanation().in(i18n.getLocale()));
        };
        lesson.addListener((obs, old, now) -> refresh.run());
        i18n.localeProperty().addListener((obs, old, now) -> refresh.run());
    }

    /** The lesson shown, or null for none. */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }
}
