package org.optiviz.ui.model;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optiviz.core.data.DataModel;
import org.optiviz.core.data.DataSet;
import org.optiviz.core.data.Model;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.surface.ViewBox;
import org.optiviz.io.data.DataException;
import org.optiviz.io.data.DataSets;

/**
 * A model fitted to data as the window's problem: which data (a bundled set's name or a CSV file's path), its
 * columns, the two chosen, the model, whether x is standardised, and the minibatch size. Reading a file and fitting
 * run on a worker thread (a million rows take a while), and the result is installed on the window's thread; a
 * newer request replaces an older one still running. A failure leaves the race as it was and says why in
 * {@link #problemProperty}.
 */
public final class DataProblemModel {
    /** The data the editor starts with. */
    static final String FIRST_SET = DataSets.BUNDLED.get(0).name();

    private final MainViewModel model;
    private final Executor background;
    private final Executor windowThread;
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(this, "source", FIRST_SET);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> xColumn = new SimpleObjectProperty<>(this, "xColumn");
    private final ObjectProperty<String> yColumn = new SimpleObjectProperty<>(this, "yColumn");
    private final ObjectProperty<Model> modelKind = new SimpleObjectProperty<>(this, "model", Model.LINEAR);
    private final BooleanProperty standardize = new SimpleBooleanProperty(this, "standardize");
    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper(this, "rows");
    private final ReadOnlyIntegerWrapper batch = new ReadOnlyIntegerWrapper(this, "batch");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private long request;
    private DataSet cached;
    private String cachedKey;

    public DataProblemModel(MainViewModel model, Executor background, Executor windowThread) {
        this.model = model;
        this.background = background;
        this.windowThread = windowThread;
        modelKind.set(Model.byKey(DataSets.suggestedModel(FIRST_SET)));
        model.surfaceProperty().addListener((obs, old, now) -> {
            if (now instanceof DataModel data) {
                showing(data);
            }
        });
    }

    /** A bundled set's name or a CSV file's path. */
    public ObjectProperty<String> sourceProperty() {
        return source;
    }

    /** The columns of the chosen data, from its header row. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObjectProperty<String> xColumnProperty() {
        return xColumn;
    }

    public ObjectProperty<String> yColumnProperty() {
        return yColumn;
    }

    public ObjectProperty<Model> modelProperty() {
        return modelKind;
    }

    public BooleanProperty standardizeProperty() {
        return standardize;
    }

    /** Rows of the data raced now (0 before any). */
    public ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Rows per minibatch of the race now; equal to the rows for full batches. */
    public ReadOnlyIntegerProperty batchProperty() {
        return batch.getReadOnlyProperty();
    }

    /** True while data is read or fitted in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the latest request failed (one line), or an empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Another data set or file: its columns are read, the first two numeric ones chosen, and it is fitted. */
    public void choose(String nameOrPath) {
        source.set(nameOrPath);
        xColumn.set(null);
        yColumn.set(null);
        if (DataSets.isBundled(nameOrPath)) {
            modelKind.set(Model.byKey(DataSets.suggestedModel(nameOrPath)));
        }
        apply(Integer.MAX_VALUE);
    }

    /**
     * Fits the chosen model to the chosen data and columns (reading them first when they changed) and races it,
     * with full batches (a batch size above the rows means all of them).
     */
    public void apply(int batchSize) {
        String set = source.get();
        String[] chosen = xColumn.get() == null || yColumn.get() == null ? null
                : new String[] {xColumn.get(), yColumn.get()};
        Model kind = modelKind.get();
        boolean z = standardize.get();
        String key = set + "\n" + (chosen == null ? "" : chosen[0] + "\n" + chosen[1]);
        DataSet known = key.equals(cachedKey) ? cached : null;
        long mine = ++request;
        loading.set(true);
        problem.set("");
        background.execute(() -> {
            Object result;
            List<String> header = null;
            try {
                header = DataSets.columns(set);
                DataSet data = known != null ? known : DataSets.load(set, chosen);
                result = new Loaded(data, DataModel.of(data, kind, Math.min(batchSize, data.size()), z));
            } catch (DataException | IllegalArgumentException e) {
                result = e.getMessage();
            }
            Object outcome = result;
            List<String> names = header;
            windowThread.execute(() -> install(mine, key, outcome, names));
        });
    }

    private void install(long which, String key, Object outcome, List<String> header) {
        if (which != request) {
            return; // a newer request is on its way
        }
        loading.set(false);
        if (outcome instanceof Loaded loaded) {
            cached = loaded.raw();
            cachedKey = key;
            if (header != null) {
                columns.setAll(header);
            }
            if (model.getSurface() instanceof DataModel now && now.data().name().equals(loaded.fitted().data().name())) {
                // The same data refitted (standardised, another model or columns): the same runs move to it, from
                // its default view and start, and a lesson about it stays open.
                restartOn(model.getSetup().movedTo(loaded.fitted()), loaded.fitted().defaultView());
            } else {
                model.setSurface(loaded.fitted());
            }
        } else {
            problem.set((String) outcome);
        }
    }

    /** Data as read (before any standardising, so that switching it needs no new reading) and its fit. */
    private record Loaded(DataSet raw, DataModel fitted) {
    }

    /**
     * Another minibatch size on the data raced now (1..N), without reading or fitting again; the race restarts with
     * its view, start and settings (a lesson stays open, so its text can ask for this).
     *
     * @throws IllegalArgumentException when the window does not race data or the size is not 1..N
     */
    public void setBatch(int size) {
        if (!(model.getSurface() instanceof DataModel data)) {
            throw new IllegalArgumentException("no data problem is raced");
        }
        if (size != data.batchSize()) {
            RaceSetup now = model.getSetup();
            restartOn(new RaceSetup(data.withBatchSize(size), now.start(), now.noiseSigma(), now.noiseSeed(),
                    now.runs()), model.getView());
        }
    }

    /** Puts a changed race in place as a whole, every look kept; playing goes on if it was on. */
    private void restartOn(RaceSetup next, ViewBox view) {
        boolean playing = model.isPlaying();
        model.apply(next, view, model.entries().stream().map(OptimizerEntry::look).toList());
        model.setPlaying(playing);
    }

    /** The editor follows the problem raced, whoever chose it (this editor, a scenario, a lesson). */
    private void showing(DataModel data) {
        String name = data.data().name();
        if (!name.equals(source.get())) {
            source.set(name);
            try {
                columns.setAll(DataSets.columns(name));
            } catch (DataException e) {
                columns.setAll(data.data().xName(), data.data().yName());
            }
        } else if (columns.isEmpty()) {
            columns.setAll(data.data().xName(), data.data().yName());
        }
        xColumn.set(data.data().xName());
        yColumn.set(data.data().yName());
        modelKind.set(data.model());
        standardize.set(data.standardized());
        rows.set(data.data().size());
        batch.set(data.batchSize());
    }
}
