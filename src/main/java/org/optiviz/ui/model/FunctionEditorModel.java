package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optiviz.core.function.ExpressionException;
import org.optiviz.core.function.ExpressionParser;
import org.optiviz.core.function.TypedSurface;
import org.optiviz.core.surface.Point;
import org.optiviz.core.surface.Surface;
import org.optiviz.core.surface.ViewBox;

/**
 * The "Your own f(x, y)" editor: the text as typed (never replaced by a refusal, so nothing typed is lost), its
 * problem found while typing (column and what was expected, or null), the view's four bounds as typed, and the
 * functions used lately, newest first. {@link #apply} puts the function in the race; when the window's problem
 * becomes a typed function another way (a scenario, a lesson), the editor shows that one.
 */
public final class FunctionEditorModel {
    public static final int MAX_RECENT = 8;
    /** What the editor holds before anything was typed: the first example. */
    static final FunctionExamples.Example FIRST = FunctionExamples.ALL.get(0);

    private final MainViewModel model;
    private final StringProperty text = new SimpleStringProperty(this, "text", FIRST.text());
    private final ReadOnlyObjectWrapper<ExpressionException> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final List<StringProperty> bounds = new ArrayList<>();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private Consumer<List<String>> recentSaver = list -> { };

    public FunctionEditorModel(MainViewModel model) {
        this.model = model;
        for (String name : List.of("xMin", "xMax", "yMin", "yMax")) {
            bounds.add(new SimpleStringProperty(this, name));
        }
        showView(FIRST.view());
        text.addListener((obs, old, now) -> problem.set(check(now)));
        model.surfaceProperty().addListener((obs, old, now) -> {
            if (now instanceof TypedSurface typed) {
                text.set(typed.text());
                showView(model.getView());
            }
        });
    }

    /** The text as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is not a function (column and what was expected), or null while it reads well. */
    public ReadOnlyObjectProperty<ExpressionException> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The view's bound as typed: 0 xMin, 1 xMax, 2 yMin, 3 yMax. */
    public StringProperty boundProperty(int index) {
        return bounds.get(index);
    }

    /** Functions applied lately, newest first, at most {@link #MAX_RECENT}. */
    public ObservableList<String> recent() {
        return recent;
    }

    /** Puts back remembered functions (at start) and says where to keep the list whenever it changes. */
    public void remember(List<String> saved, Consumer<List<String>> saver) {
        recent.setAll(saved.stream().filter(s -> s != null && !s.isBlank()).distinct().limit(MAX_RECENT).toList());
        recentSaver = saver;
    }

    /** Whether the window races a typed function now. */
    public boolean isShown() {
        return model.getSurface() instanceof TypedSurface;
    }

    /**
     * Races the typed function over the typed view from a start the function's survey picks.
     *
     * @throws IllegalArgumentException naming the problem (an {@link ExpressionException} for the text); nothing
     *         changes then and the text stays as typed
     */
    public void apply() {
        apply(text.get(), view(), null);
    }

    /** Races an example: its text, view and start go into the editor and the race. */
    public void useExample(FunctionExamples.Example example) {
        text.set(example.text());
        showView(example.view());
        apply(example.text(), example.view(), example.start());
    }

    /** Races a function used before, over the view typed now. */
    public void useRecent(String function) {
        text.set(function);
        apply();
    }

    private void apply(String function, ViewBox view, Point start) {
        TypedSurface surface = TypedSurface.of(function, view, start);
        model.setSurface(surface);
        remember(surface.text());
    }

    private void remember(String function) {
        List<String> list = new ArrayList<>(recent);
        list.remove(function);
        list.add(0, function);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        recentSaver.accept(List.copyOf(list));
    }

    /**
     * The typed view.
     *
     * @throws IllegalArgumentException naming the bound that is not a number, or the bounds out of order
     */
    ViewBox view() {
        double[] v = new double[4];
        String[] names = {"x min", "x max", "y min", "y max"};
        for (int i = 0; i < 4; i++) {
            String typed = bounds.get(i).get() == null ? "" : bounds.get(i).get().strip().replace('−', '-');
            try {
                v[i] = Double.parseDouble(typed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(names[i] + ": '" + typed + "' is not a number");
            }
        }
        return new ViewBox(v[0], v[1], v[2], v[3]);
    }

    private void showView(ViewBox view) {
        double[] v = {view.xMin(), view.xMax(), view.yMin(), view.yMax()};
        for (int i = 0; i < 4; i++) {
            bounds.get(i).set(number(v[i]));
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }

    private static ExpressionException check(String typed) {
        try {
            ExpressionParser.parse(typed == null ? "" : typed);
            return null;
        } catch (ExpressionException e) {
            return e;
        }
    }

    /** The surface when it is a typed function, for views that show what is raced. */
    public static TypedSurface typed(Surface surface) {
        return surface instanceof TypedSurface t ? t : null;
    }
}
