package org.optiviz.ui.model;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.optiviz.core.race.RaceSetup;
import org.optiviz.core.race.RaceSetup.RunSetup;

/**
 * The window's entries, one per run of the race, and which one is selected. A scenario that races other runs
 * (a lesson's second AdaSmooth) brings new entries: they are prepared before the race restarts with the new
 * description and shown once it has, so no view ever pairs an entry with a race or description it is not part of.
 */
final class RaceEntries {
    private final ReadOnlyObjectWrapper<List<OptimizerEntry>> list = new ReadOnlyObjectWrapper<>(this, "entries");
    private final ObjectProperty<OptimizerEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final Function<RaceSetup, List<OptimizerEntry>> factory;
    private List<OptimizerEntry> prepared;

    /** @param factory new entries for a description's runs, reading their settings from the view model's one */
    RaceEntries(RaceSetup initial, Function<RaceSetup, List<OptimizerEntry>> factory) {
        this.factory = factory;
        list.set(factory.apply(initial));
        selected.set(list.get().get(0));
        // Never an entry that is not in the race: the selection stays where it was, or goes to the first.
        selected.addListener((obs, old, now) -> {
            if (now == null || !list.get().contains(now)) {
                selected.set(old != null && list.get().contains(old) ? old : list.get().get(0));
            }
        });
    }

    List<OptimizerEntry> get() {
        return list.get();
    }

    ReadOnlyObjectProperty<List<OptimizerEntry>> property() {
        return list.getReadOnlyProperty();
    }

    ObjectProperty<OptimizerEntry> selected() {
        return selected;
    }

    /**
     * The entries for a description about to be raced: the current ones when its runs are of the same kinds, else
     * new ones, the selection moving to the first entry (every list starts with the registered kinds) and the old
     * entries no longer reading the description that is about to change under them.
     */
    List<OptimizerEntry> prepare(RaceSetup described) {
        List<OptimizerEntry> now = list.get();
        boolean sameRuns = described.runs().stream().map(RunSetup::kind).toList()
                .equals(now.stream().map(OptimizerEntry::kind).toList());
        if (sameRuns) {
            prepared = now;
        } else {
            selected.set(now.get(0));
            now.forEach(OptimizerEntry::dispose);
            prepared = factory.apply(described);
        }
        return prepared;
    }

    /** After the restart: the prepared entries are the list (selecting the first when they are new). */
    void placed() {
        if (prepared != list.get()) {
            list.set(prepared);
            selected.set(prepared.get(0));
        }
        prepared = null;
    }

    /** The entries that follow the race now: while a restart is under way, the prepared ones. */
    List<OptimizerEntry> following() {
        return prepared != null ? prepared : list.get();
    }
}
