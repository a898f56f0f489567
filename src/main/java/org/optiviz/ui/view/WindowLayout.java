package org.optiviz.ui.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Where the window's parts go at a given size and mode, so the plot keeps most of the screen.
 *
 * <p>Normal mode: the surface and optimizers on the left, hyperparameters and loss chart on the right, both
 * narrower on small screens; a lesson's text beside the plot where there is room, otherwise below it.
 *
 * <p>Presentation mode: the side panels leave the layout and come back as overlays over the plot's edge, summoned by
 * their key, the tool-bar buttons, or the pointer at the window's left or right edge; the lesson text sits in a
 * column beside the plot, and the legend is a strip under the plot, never over a path.
 */
final class WindowLayout {
    /** Below this window width the side panels take their narrow widths. */
    static final double WIDE = 1500;
    /** The plot keeps at least this share of the width in normal mode before a lesson moves below it. */
    private static final double PLOT_SHARE_BESIDE_LESSON = 0.45;
    /** How close (pixels) to the window's left or right edge the pointer summons a panel in presentation mode. */
    private static final double EDGE = 8;

    private final BorderPane root;
    private final Region left;
    private final Region right;
    private final Node plot;
    private final Node legend;
    private final BorderPane plotStage = new BorderPane();
    private final StackPane center = new StackPane();
    private final StackPane leftOverlay = overlay("leftOverlay", Pos.TOP_LEFT);
    private final StackPane rightOverlay = overlay("rightOverlay", Pos.TOP_RIGHT);
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "leftShown");
    private final BooleanProperty rightShown = new SimpleBooleanProperty(this, "rightShown");
    private Region lesson;
    private boolean presentation;

    WindowLayout(BorderPane root, Region left, Region right, Node plot, Node legend) {
        this.root = root;
        this.left = left;
        this.right = right;
        this.plot = plot;
        this.legend = legend;
        plotStage.setCenter(plot);
        center.getChildren().addAll(plotStage, leftOverlay, rightOverlay);
        center.setMinSize(200, 200);
        root.setCenter(center);
        leftOverlay.visibleProperty().bind(leftShown);
        rightOverlay.visibleProperty().bind(rightShown);
        root.widthProperty().addListener((obs, old, now) -> arrange());
        root.heightProperty().addListener((obs, old, now) -> arrange());
        center.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            if (!presentation) {
                return;
            }
            if (e.getX() <= EDGE && !leftShown.get()) {
                leftShown.set(true);
            } else if (e.getX() >= center.getWidth() - EDGE && !rightShown.get()) {
                rightShown.set(true);
            }
        });
        leftOverlay.setOnMouseExited(e -> leftShown.set(false));
        rightOverlay.setOnMouseExited(e -> rightShown.set(false));
        arrange();
    }

    private static StackPane overlay(String id, Pos side) {
        StackPane pane = new StackPane();
        pane.setId(id);
        pane.getStyleClass().add("side-overlay");
        pane.setVisible(false);
        pane.setPickOnBounds(false);
        StackPane.setAlignment(pane, side);
        return pane;
    }

    /** The lesson's text (null for none). */
    void setLesson(Region panel) {
        detachLesson();
        lesson = panel;
        if (panel != null) {
            panel.managedProperty().addListener((obs, old, now) -> arrange());
        }
        arrange();
    }

    private void detachLesson() {
        if (lesson != null && plotStage.getRight() == lesson) {
            plotStage.setRight(null);
        }
        if (lesson != null && plotStage.getBottom() == lesson) {
            plotStage.setBottom(null);
        }
    }

    /** Presentation mode on or off; the overlays close. */
    void setPresentation(boolean on) {
        presentation = on;
        leftShown.set(false);
        rightShown.set(false);
        arrange();
    }

    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    /** Puts every part in its place for the current size and mode. */
    void arrange() {
        double width = root.getWidth() > 0 ? root.getWidth() : 1600;
        boolean wide = width >= WIDE;
        if (presentation) {
            root.setLeft(null);
            root.setRight(null);
            leftOverlay.getChildren().setAll(left);
            rightOverlay.getChildren().setAll(right);
            left.setPrefWidth(Math.min(440, width * 0.4));
            right.setPrefWidth(Math.min(460, width * 0.42));
            leftOverlay.setMaxWidth(Region.USE_PREF_SIZE);
            rightOverlay.setMaxWidth(Region.USE_PREF_SIZE);
            plotStage.setBottom(legend);
            legend.setVisible(true);
        } else {
            leftOverlay.getChildren().clear();
            rightOverlay.getChildren().clear();
            root.setLeft(left);
            root.setRight(right);
            left.setPrefWidth(wide ? 300 : 250);
            right.setPrefWidth(wide ? 340 : 285);
            plotStage.setBottom(null);
        }
        placeLesson(width);
    }

    private void placeLesson(double width) {
        if (lesson == null) {
            return;
        }
        detachLesson();
        if (!lesson.isManaged()) {
            return;
        }
        double sides = presentation ? 0 : left.getPrefWidth() + right.getPrefWidth();
        double besideWidth = presentation ? clamp(width * 0.3, 280, 520) : clamp(width * 0.2, 240, 340);
        boolean beside = presentation || width - sides - besideWidth >= PLOT_SHARE_BESIDE_LESSON * width;
        lesson.getStyleClass().removeAll("lesson-beside", "lesson-below");
        if (beside) {
            lesson.getStyleClass().add("lesson-beside");
            lesson.setPrefWidth(besideWidth);
            lesson.setMaxWidth(besideWidth);
            lesson.setPrefHeight(Region.USE_COMPUTED_SIZE);
            lesson.setMaxHeight(Double.MAX_VALUE);
            plotStage.setRight(lesson);
            BorderPane.setMargin(lesson, new Insets(0));
        } else {
            double height = root.getHeight() > 0 ? root.getHeight() : 800;
            lesson.getStyleClass().add("lesson-below");
            lesson.setPrefWidth(Region.USE_COMPUTED_SIZE);
            lesson.setMaxWidth(Double.MAX_VALUE);
            lesson.setPrefHeight(clamp(height * 0.26, 150, 260));
            lesson.setMaxHeight(clamp(height * 0.26, 150, 260));
            // Only normal mode puts the lesson below, where the legend is inside the plot.
            plotStage.setBottom(lesson);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
