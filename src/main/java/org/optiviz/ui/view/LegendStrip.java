package org.optiviz.ui.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.model.OptimizerEntry;

/**
 * The legend as a strip under the plot (presentation mode): each shown optimizer's colour and name, wrapping onto
 * a second line when needed, so the legend never covers a path. Clicking a name selects that optimizer.
 */
final class LegendStrip extends FlowPane {
    private final MainViewModel model;

    LegendStrip(MainViewModel model) {
        this.model = model;
        setId("legendStrip");
        getStyleClass().add("legend-strip");
        setHgap(18);
        setVgap(2);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER);
        setMinHeight(Region.USE_PREF_SIZE);
        model.entriesProperty().addListener((obs, old, now) -> follow(now));
        follow(model.entries());
        widthProperty().addListener((obs, old, now) -> setPrefWrapLength(now.doubleValue()));
        rebuild();
    }

    /** Rebuilt whenever an entry is shown, hidden, recoloured or renamed (entries die with their list). */
    private void follow(List<OptimizerEntry> entries) {
        for (OptimizerEntry entry : entries) {
            entry.visibleProperty().addListener((obs, old, now) -> rebuild());
            entry.colorProperty().addListener((obs, old, now) -> rebuild());
            entry.nameSuffixProperty().addListener((obs, old, now) -> rebuild());
        }
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (OptimizerEntry entry : model.visibleEntries()) {
            // Outlined, so a colour close to the background (AdamW's white) still shows.
            Rectangle swatch = new Rectangle(26, 6, OptiVizColors.fx(entry.getColor()));
            swatch.setStroke(Color.gray(0.45));
            swatch.setStrokeWidth(0.8);
            Label name = new Label(entry.displayName());
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox item = new HBox(6, swatch, name);
            item.setId("legend-" + entry.key());
            item.setAlignment(Pos.CENTER_LEFT);
            item.setOnMouseClicked(e -> model.selectedProperty().set(entry));
            getChildren().add(item);
        }
    }
}
