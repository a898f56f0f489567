package org.optiviz.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableObjectValue;
import org.optiviz.core.optim.Objective;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RunNames;
import org.optiviz.core.race.Run;
import org.optiviz.core.race.RunStatus;

/**
 * One run of the race as the window shows it: its place in the race description, whether it is shown, its colour
 * and its live status, refreshed from the core's {@link Run} once per frame.
 *
 * <p>Its hyperparameters are not kept here: they are read from the view model's {@link RaceSetup}, the one
 * description the race is derived from, and change only through {@link MainViewModel#setParam} and friends.
 */
public final class OptimizerEntry {
    private final MainViewModel model;
    private final int index;
    private final OptimizerKind kind;
    private final String key;
    private final StringBinding nameSuffix;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final IntegerProperty color = new SimpleIntegerProperty(this, "color");
    private final ObjectBinding<Hyperparams> params;
    private final ReadOnlyLongWrapper step = new ReadOnlyLongWrapper(this, "step");
    private final ReadOnlyDoubleWrapper loss = new ReadOnlyDoubleWrapper(this, "loss");
    private final ReadOnlyDoubleWrapper gradientNorm = new ReadOnlyDoubleWrapper(this, "gradientNorm");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            RunStatus.RUNNING);
    private final ReadOnlyLongWrapper divergedAt = new ReadOnlyLongWrapper(this, "divergedAt", -1);
    private final ReadOnlyObjectWrapper<double[]> internals = new ReadOnlyObjectWrapper<>(this, "internals");

    /**
     * @param described the description this entry is run {@code index} of; {@code setup} holds it, or will as soon
     *                  as the race restarts (an entry's settings are read from {@code setup} lazily)
     */
    private OptimizerEntry(MainViewModel model, int index, RaceSetup described,
                           ObservableObjectValue<RaceSetup> setup, int argb) {
        this.model = model;
        this.index = index;
        this.kind = described.runs().get(index).kind();
        this.key = RunNames.key(described.runs(), index);
        this.color.set(argb);
        this.params = Bindings.createObjectBinding(() -> setup.get().runs().get(index).params(), setup);
        this.nameSuffix = Bindings.createStringBinding(() -> RunNames.suffix(setup.get().runs(), index), setup);
        this.internals.set(new double[kind.internals().size()]);
    }

    /**
     * One entry per run of the description, coloured by the palette; {@code changed} is told when one is shown,
     * hidden or recoloured.
     */
    static List<OptimizerEntry> allOf(MainViewModel model, RaceSetup described,
                                      ObservableObjectValue<RaceSetup> setup, ToIntFunction<OptimizerKind> palette,
                                      Runnable changed) {
        List<OptimizerEntry> entries = new ArrayList<>();
        for (int i = 0; i < described.runs().size(); i++) {
            OptimizerEntry entry = new OptimizerEntry(model, i, described, setup,
                    palette.applyAsInt(described.runs().get(i).kind()));
            entry.visible.addListener((obs, old, now) -> changed.run());
            entry.color.addListener((obs, old, now) -> changed.run());
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    /** Stops following the description: this entry's run is gone from the race (a lesson's variant closed). */
    void dispose() {
        params.dispose();
        nameSuffix.dispose();
    }

    public OptimizerKind kind() {
        return kind;
    }

    /** Names this run in files and drawings: the optimizer's key, "adasmooth-2" for a kind's second run. */
    public String key() {
        return key;
    }

    /**
     * What tells this run apart from other runs of its kind, to append to the optimizer's name in any language:
     * empty when the kind runs once, else " (full)" (see {@link RunNames#suffix}).
     */
    public StringBinding nameSuffixProperty() {
        return nameSuffix;
    }

    /** The optimizer's English name with the suffix, as drawings and files show it. */
    public String displayName() {
        return kind.displayName() + nameSuffix.get();
    }

    /** This run's place in the race description and in the race. */
    public int index() {
        return index;
    }

    /** The core run, as derived from the description now; read its trajectory for drawing, never step it. */
    public Run run() {
        return model.race().runs().get(index);
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

    /** The colour of path, markers, list swatch and loss curve, as packed 0xAARRGGBB. */
    public IntegerProperty colorProperty() {
        return color;
    }

    public int getColor() {
        return color.get();
    }

    public void setColor(int argb) {
        color.set(argb);
    }

    /** How this run is shown, as scenarios keep it. */
    public RunLook look() {
        return new RunLook(visible.get(), color.get());
    }

    void setLook(RunLook look) {
        visible.set(look.shown());
        color.set(look.argb());
    }

    /** This run's hyperparameters in the race description. */
    public ObservableObjectValue<Hyperparams> paramsProperty() {
        return params;
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
        return kind.internals();
    }

    /** Copies the run's live figures into the properties; called once per frame, not once per step. */
    void refresh(Objective objective) {
        Run run = run();
        step.set(run.step());
        loss.set(run.loss());
        gradientNorm.set(run.gradientNorm(objective));
        status.set(run.status());
        divergedAt.set(run.divergedAt());
        double[] values = new double[kind.internals().size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = run.step() == 0 ? Double.NaN : run.internal(k);
        }
        internals.set(values);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
