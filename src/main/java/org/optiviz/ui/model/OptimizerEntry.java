package org.optiviz.ui.model;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;

/**
 * One optimizer of the race as the window shows it: shown or hidden, its colour, its hyperparameters and its live
 * status, refreshed from the core's {@link Run} once per frame.
 *
 * <p>Hyperparameters change only through {@link MainViewModel#setParam} and {@link MainViewModel#setParams}, which
 * know the live mode and the "same for all" toggle.
 */
public final class OptimizerEntry {
    private final Run run;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>(this, "color");
    private final ReadOnlyObjectWrapper<Hyperparams> params = new ReadOnlyObjectWrapper<>(this, "params");
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(this, "loss");
    private final ReadOnlyDoubleWrapper gradientNorm = new ReadOnlyDoubleWrapper(this, "gradientNorm");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            RunStatus.RUNNING);
    private final ReadOnlyLongWrapper divergedAt = new ReadOnlyLongWrapper(this, "divergedAt", -1);
    private final ReadOnlyObjectWrapper<double[]> internals = new ReadOnlyObjectWrapper<>(this, "internals");

    OptimizerEntry(Run run, Color color) {
        this.run = run;
        this.color.set(color);
        this.color.addListener((obs, old, now) -> {
            if (now == null) {
                this.color.set(old);
            }
        });
        this.params.set(run.params());
        this.internals.set(new double[run.kind().internals().size()]);
    }

    public OptimizerKind kind() {
        return run.kind();
    }

    /** The core run; read its trajectory for drawing, never step it directly. */
    public Run run() {
        return run;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean shown) {
        visible.set(shown);
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public Color getColor() {
        return color.get();
    }

    /** Sets the colour of path, markers, list swatch and loss curve; null is ignored. */
    public void setColor(Color newColor) {
        if (newColor != null) {
            color.set(newColor);
        }
    }

    public ReadOnlyObjectProperty<Hyperparams> paramsProperty() {
        return params.getReadOnlyProperty();
    }

    public Hyperparams getParams() {
        return params.get();
    }

    public ReadOnlyLongProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lossProperty() {
        return loss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty gradientNormProperty() {
        return gradientNorm.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RunStatus getStatus() {
        return status.get();
    }

    public ReadOnlyLongProperty divergedAtProperty() {
        return divergedAt.getReadOnlyProperty();
    }

    /** The optimizer's internals after its latest step, named by {@link OptimizerKind#internals()}; NaN at step 0. */
    public ReadOnlyObjectProperty<double[]> internalsProperty() {
        return internals.getReadOnlyProperty();
    }

    public List<String> internalNames() {
        return run.kind().internals();
    }

    void applyParams(Hyperparams hp) {
        run.setParams(hp);
        params.set(hp);
    }

    /** Copies the run's live figures into the properties; called once per frame, not once per step. */
    void refresh(Objective objective) {
        step.set(run.step());
        loss.set(run.loss());
        gradientNorm.set(run.gradientNorm(objective));
        status.set(run.status());
        divergedAt.set(run.divergedAt());
        double[] values = new double[run.kind().internals().size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = run.step() == 0 ? Double.NaN : run.internal(k);
        }
        internals.set(values);
    }

    @Override
    public String toString() {
        return run.kind().displayName();
    }
}
