package org.optiviz.ui.model;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.optiviz.core.param.InvalidParamException;
import org.optiviz.core.param.ParamSpec;

/**
 * The editor of one hyperparameter of one optimizer: a slider position and a text field that both write through
 * {@link MainViewModel#setParam}. A bad typed value is refused with a message and the last good value stays.
 */
public final class ParamField {
    private final MainViewModel model;
    private final OptimizerEntry entry;
    private final ParamSpec spec;
    private final SliderScale scale;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyObjectWrapper<ParamProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position");
    private boolean updating;

    ParamField(MainViewModel model, OptimizerEntry entry, ParamSpec spec) {
        this.model = model;
        this.entry = entry;
        this.spec = spec;
        this.scale = new SliderScale(spec);
        showValue();
        entry.paramsProperty().addListener((obs, old, now) -> showValue());
        position.addListener((obs, old, now) -> {
            if (!updating) {
                apply(scale.toValue(now.doubleValue()), null);
            }
        });
    }

    public ParamSpec spec() {
        return spec;
    }

    public OptimizerEntry entry() {
        return entry;
    }

    public SliderScale scale() {
        return scale;
    }

    public double value() {
        return entry.getParams().get(spec.key());
    }

    /** What the text field shows; {@link #commit()} applies it. */
    public StringProperty textProperty() {
        return text;
    }

    /** Null while the field is good; otherwise why the typed value was refused. */
    public ReadOnlyObjectProperty<ParamProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ParamProblem getProblem() {
        return problem.get();
    }

    /** The slider position in [0, 1]; moving it sets the value live. */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** Applies the typed text; returns false (with {@link #problemProperty()} set) when it is refused. */
    public boolean commit() {
        String typed = text.get() == null ? "" : text.get().trim();
        double value;
        if (spec.isChoice()) {
            value = spec.choices().indexOf(typed.toLowerCase(Locale.ROOT));
        } else {
            try {
                value = Double.parseDouble(typed);
            } catch (NumberFormatException e) {
                problem.set(ParamProblem.ofText(spec, typed));
                return false;
            }
        }
        return apply(value, typed);
    }

    /** Sets a choice parameter by index (Eve's base). */
    public boolean choose(int index) {
        return apply(index, null);
    }

    /** The default: the spec's, or for the learning rate the one the surface suggests for this optimizer. */
    public double defaultValue() {
        return entry.kind().defaultsFor(model.getSurface()).get(spec.key());
    }

    /** Back to the default. */
    public void reset() {
        apply(defaultValue(), null);
    }

    /**
     * Hands the value to the view model, which is where it is checked (once, by the optimizer's own spec); a refusal
     * is turned into a problem the window can word, naming what was typed when there was typing.
     */
    private boolean apply(double value, String typed) {
        try {
            model.setParam(entry, spec.key(), value);
        } catch (InvalidParamException refused) {
            problem.set(typed == null ? ParamProblem.ofValue(spec, value) : ParamProblem.ofText(spec, typed));
            return false;
        }
        problem.set(null);
        showValue();
        return true;
    }

    private void showValue() {
        updating = true;
        try {
            double value = value();
            text.set(ParamText.of(spec, value));
            position.set(scale.toPosition(value));
            problem.set(null);
        } finally {
            updating = false;
        }
    }
}
