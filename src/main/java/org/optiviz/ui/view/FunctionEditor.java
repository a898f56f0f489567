package org.optiviz.ui.view;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.optiviz.core.function.ExpressionException;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.FunctionEditorModel;
import org.optiviz.ui.model.FunctionExamples;

/**
 * The "Your own f(x, y)" editor under the problem chooser: the function's text (checked while typing: the problem
 * in one line, the column marked in the text), Use (or Enter) to race it, the view's bounds, and menus of examples
 * and of recently used functions. A refused function or view leaves every field as typed.
 */
final class FunctionEditor extends VBox {
    /** Characters of the text shown before a marked column (and half as many after): enough to find the place. */
    private static final int CONTEXT = 6;
    private final FunctionEditorModel editor;
    private final I18n i18n;
    private final Consumer<String> onError;
    private final TextFlow problemLine = new TextFlow();
    private final TextField[] bounds = new TextField[4];
    private String refusal;
    private Button useButton;

    FunctionEditor(FunctionEditorModel editor, I18n i18n, Consumer<String> onError) {
        super(6);
        this.editor = editor;
        this.i18n = i18n;
        this.onError = onError;
        setId("functionEditor");
        TextField text = new TextField();
        text.setId("functionText");
        text.textProperty().bindBidirectional(editor.textProperty());
        text.promptTextProperty().bind(i18n.text("function.prompt"));
        text.setStyle("-fx-font-family: \"DejaVu Sans Mono\", monospace;");
        text.setOnAction(e -> apply());
        text.setTooltip(Tips.of(i18n, "function.tooltip"));
        HBox.setHgrow(text, Priority.ALWAYS);
        Label f = new Label("f =");
        f.setMinWidth(Label.USE_PREF_SIZE);
        Button use = new Button();
        use.setId("functionUse");
        use.textProperty().bind(i18n.text("function.apply"));
        use.setTooltip(Tips.of(i18n, "function.apply.tooltip"));
        use.setOnAction(e -> apply());
        use.setMinWidth(Button.USE_PREF_SIZE);
        use.setDefaultButton(false);
        HBox entry = new HBox(6, f, text);
        entry.setAlignment(Pos.CENTER_LEFT);
        useButton = use;
        problemLine.setId("functionProblem");
        problemLine.setMaxWidth(Double.MAX_VALUE);
        editor.problemProperty().addListener((obs, old, now) -> {
            refusal = null;
            showProblem();
        });
        editor.textProperty().addListener((obs, old, now) -> text.pseudoClassStateChanged(
                atlantafx.base.theme.Styles.STATE_DANGER, false));
        i18n.localeProperty().addListener((obs, old, now) -> showProblem());
        getChildren().addAll(entry, problemLine, viewRows(), menus());
        showProblem();
    }

    /** The view's bounds, x on one line and y on the next, with Use at the end of the second. */
    private VBox viewRows() {
        String[] ids = {"functionXMin", "functionXMax", "functionYMin", "functionYMax"};
        Tooltip tip = Tips.of(i18n, "function.view.tooltip");
        HBox[] rows = new HBox[2];
        for (int r = 0; r < 2; r++) {
            Label axis = new Label(r == 0 ? "x" : "y");
            axis.setMinWidth(Label.USE_PREF_SIZE);
            Label to = new Label("…");
            to.setMinWidth(Label.USE_PREF_SIZE);
            rows[r] = new HBox(4, axis);
            rows[r].setAlignment(Pos.CENTER_LEFT);
            for (int k = 0; k < 2; k++) {
                int i = 2 * r + k;
                TextField field = new TextField();
                field.setId(ids[i]);
                field.setPrefColumnCount(4);
                field.textProperty().bindBidirectional(editor.boundProperty(i));
                field.setOnAction(e -> apply());
                field.setTooltip(tip);
                HBox.setHgrow(field, Priority.ALWAYS);
                bounds[i] = field;
                rows[r].getChildren().add(field);
                if (k == 0) {
                    rows[r].getChildren().add(to);
                }
            }
        }
        Label title = new Label();
        title.textProperty().bind(i18n.text("function.view"));
        title.getStyleClass().add("formula");
        rows[1].getChildren().add(useButton);
        return new VBox(4, title, rows[0], rows[1]);
    }

    private HBox menus() {
        MenuButton examples = new MenuButton();
        examples.setId("functionExamples");
        examples.textProperty().bind(i18n.text("function.examples"));
        Runnable fillExamples = () -> {
            examples.getItems().clear();
            for (FunctionExamples.Example example : FunctionExamples.ALL) {
                MenuItem item = new MenuItem(i18n.get(example.key()));
                item.setId(example.key().replace('.', '-'));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> act(() -> editor.useExample(example)));
                examples.getItems().add(item);
            }
        };
        fillExamples.run();
        MenuButton recent = new MenuButton();
        recent.setId("functionRecent");
        recent.textProperty().bind(i18n.text("function.recent"));
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String function : editor.recent()) {
                MenuItem item = new MenuItem(function);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> act(() -> editor.useRecent(function)));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(i18n.get("function.recent.empty"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        fillRecent.run();
        editor.recent().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecent.run());
        i18n.localeProperty().addListener((obs, old, now) -> {
            fillExamples.run();
            fillRecent.run();
        });
        HBox row = new HBox(6, examples, recent);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Races the function as typed; a refusal is shown under the text and nothing typed changes. */
    void apply() {
        act(editor::apply);
    }

    private void act(Runnable action) {
        for (TextField field : bounds) {
            field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, false);
        }
        try {
            action.run();
            refusal = null;
        } catch (ExpressionException e) {
            refusal = null;
            onError.accept(describe(i18n, e));
        } catch (IllegalArgumentException e) {
            refusal = describe(i18n, e);
            markBadBounds();
            onError.accept(refusal);
        }
        showProblem();
    }

    /** Marks the bound fields that are not numbers, or all four when they are out of order. */
    private void markBadBounds() {
        boolean anyBad = false;
        for (TextField field : bounds) {
            try {
                Double.parseDouble(field.getText().strip().replace('−', '-'));
            } catch (NumberFormatException e) {
                field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, true);
                anyBad = true;
            }
        }
        if (!anyBad && refusal != null && refusal.equals(i18n.get("function.viewOrder"))) {
            for (TextField field : bounds) {
                field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, true);
            }
        }
    }

    /** The problem line: the text around the column with the column marked, and what was expected. */
    private void showProblem() {
        ExpressionException problem = editor.problemProperty().get();
        problemLine.getChildren().clear();
        if (problem == null && refusal == null) {
            problemLine.setVisible(false);
            problemLine.setManaged(false);
            return;
        }
        problemLine.setVisible(true);
        problemLine.setManaged(true);
        if (problem == null) {
            problemLine.getChildren().add(danger(refusal));
            return;
        }
        String typed = editor.textProperty().get() == null ? "" : editor.textProperty().get();
        int at = Math.max(0, Math.min(typed.length(), problem.column() - 1));
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(typed.length(), at + 1 + CONTEXT / 2);
        String before = (from > 0 ? "…" : "") + typed.substring(from, at);
        String marked = at < typed.length() ? typed.substring(at, at + 1) : " ";
        String after = at < typed.length() ? typed.substring(at + 1, to) + (to < typed.length() ? "…" : "") : "";
        Text mark = mono(marked.isBlank() ? "␣" : marked);
        mark.setStyle("-fx-font-family: \"DejaVu Sans Mono\", monospace; -fx-fill: -color-danger-fg;"
                + " -fx-font-weight: bold; -fx-underline: true;");
        problemLine.getChildren().addAll(danger(describe(i18n, problem) + "  "), mono(before), mark, mono(after));
    }

    private static Text mono(String s) {
        Text t = new Text(s);
        t.setStyle("-fx-font-family: \"DejaVu Sans Mono\", monospace; -fx-fill: -color-fg-muted;");
        return t;
    }

    private static Text danger(String s) {
        Text t = new Text(s);
        t.setStyle("-fx-fill: -color-danger-fg;");
        return t;
    }

    /** A refusal in the window's language: a typed function's problem by column, the view's, or another. */
    static String describe(I18n i18n, IllegalArgumentException e) {
        if (e instanceof ExpressionException x) {
            String what = i18n.get("function.error." + x.problem().name(), x.detail() == null ? "" : x.detail());
            return i18n.get("function.error", x.column(), what);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("a view needs")) {
            return i18n.get("function.viewOrder");
        }
        if (message.contains("is not a number")) {
            return i18n.get("function.viewNumber", message.substring(0, message.indexOf(':')));
        }
        if (message.startsWith("f has no finite value")) {
            return i18n.get("function.noValue");
        }
        return i18n.get("error.param", message);
    }

    /** For tests: the problem line as plain text. */
    String problemText() {
        StringBuilder sb = new StringBuilder();
        for (javafx.scene.Node node : problemLine.getChildren()) {
            sb.append(((Text) node).getText());
        }
        return problemLine.isVisible() ? sb.toString() : "";
    }
}
