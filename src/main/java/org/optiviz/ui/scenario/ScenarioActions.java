package org.optiviz.ui.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;
import org.optiviz.io.scenario.BundledLessons;
import org.optiviz.io.scenario.Scenario;
import org.optiviz.io.scenario.ScenarioException;
import org.optiviz.io.scenario.ScenarioJson;
import org.optiviz.io.settings.SettingsStore;
import org.optiviz.io.settings.UserSettings;
import org.optiviz.ui.I18n;
import org.optiviz.ui.model.MainViewModel;
import org.optiviz.ui.view.StatusBar;

/**
 * Opening and saving scenarios, bundled lessons, recent files and the last session. A file is read and validated
 * completely before anything in the window changes, so a bad file leaves the state as it was.
 */
public final class ScenarioActions {
    /** How the window reads scenario files. */
    public static final ScenarioJson JSON = ScenarioJson.standard();

    private final MainViewModel model;
    private final I18n i18n;
    private final StatusBar status;
    private final FileDialogs dialogs;
    private final SettingsStore store;
    private final LessonPanel lessonPanel;
    private final ObjectProperty<UserSettings> settings = new SimpleObjectProperty<>(this, "settings");

    public ScenarioActions(MainViewModel model, I18n i18n, StatusBar status, FileDialogs dialogs,
                           SettingsStore store, LessonPanel lessonPanel) {
        this.model = model;
        this.i18n = i18n;
        this.status = status;
        this.dialogs = dialogs;
        this.store = store;
        this.lessonPanel = lessonPanel;
        settings.set(store.loadSettings());
        // A lesson's settings serve its text only: closing it brings back the surface's default race, and when the
        // model leaves the lesson's race (another surface, "Reset to defaults") the lesson text goes too.
        lessonPanel.lessonProperty().addListener((obs, old, now) -> {
            if (now == null && model.lessonOpenProperty().get()) {
                model.resetToDefaults();
            }
        });
        model.lessonOpenProperty().addListener((obs, old, now) -> {
            if (!now) {
                lessonPanel.lessonProperty().set(null);
            }
        });
    }

    /** Back to the default race of the current surface, as in a fresh window; closes a lesson. */
    public void resetToDefaults() {
        model.resetToDefaults();
        status.showMessage(i18n.get("status.defaults"));
    }

    /** Recent files and remembered folders; the menus follow this property. */
    public ObjectProperty<UserSettings> settingsProperty() {
        return settings;
    }

    public void chooseAndOpen(Window owner) {
        Path file = dialogs.open(owner, i18n.get("scenario.open.title"), "json", settings.get().lastScenarioFolder());
        if (file != null) {
            open(file);
        }
    }

    /** Reads, validates and applies a scenario file; returns whether it was applied. */
    public boolean open(Path file) {
        Scenario scenario;
        try {
            scenario = JSON.read(file);
        } catch (ScenarioException e) {
            status.showError(i18n.get("scenario.open.error", file.getFileName(), reason(e)));
            if (!Files.exists(file)) {
                forget(file);
            }
            return false;
        }
        apply(scenario);
        remember(settings.get().withRecent(file));
        status.showMessage(i18n.get("scenario.opened", file.getFileName()));
        return true;
    }

    public void chooseAndSave(Window owner) {
        Path file = dialogs.save(owner, i18n.get("scenario.save.title"), "json", settings.get().lastScenarioFolder(),
                "optiviz-" + model.getSurface().key() + ".json");
        if (file != null) {
            save(file);
        }
    }

    /** Writes the window's state as a scenario; returns whether it was written. */
    public boolean save(Path file) {
        try {
            Scenario scenario = ScenarioBridge.capture(model);
            if (lessonPanel.lessonProperty().get() != null) {
                scenario = scenario.withLesson(lessonPanel.lessonProperty().get());
            }
            ScenarioJson.write(file, scenario);
        } catch (IOException e) {
            status.showError(i18n.get("scenario.save.error", e.getMessage()));
            return false;
        }
        remember(settings.get().withRecent(file));
        status.showMessage(i18n.get("scenario.saved", file.getFileName()));
        return true;
    }

    /** Opens a bundled lesson and shows its explanation beside the plot. */
    public void openLesson(String name) {
        try {
            apply(BundledLessons.load(name, JSON));
        } catch (ScenarioException e) {
            status.showError(i18n.get("scenario.open.error", name, reason(e)));
        }
    }

    /**
     * Why a scenario cannot be opened, in the window's language where the problem concerns the file as a whole; a
     * bad field keeps the reader's line, which names the field by its JSON path.
     */
    private String reason(ScenarioException e) {
        if (e.wording() != null) {
            String key = "scenario.problem." + e.wording();
            String text = i18n.get(key, e.arguments().toArray());
            if (!text.equals(key)) {
                return text;
            }
        }
        return e.getMessage();
    }

    /** The bundled lessons by file name, in menu order; one that cannot be read is left out. */
    public static Map<String, Scenario> lessons() {
        Map<String, Scenario> lessons = new LinkedHashMap<>();
        for (String name : BundledLessons.names()) {
            try {
                lessons.put(name, BundledLessons.load(name, JSON));
            } catch (ScenarioException e) {
                // a broken bundled lesson is caught by the tests; the menu simply goes without it
            }
        }
        return lessons;
    }

    private void apply(Scenario scenario) {
        model.lessonOpenProperty().set(false);
        ScenarioBridge.apply(scenario, model);
        lessonPanel.lessonProperty().set(scenario.lesson());
        model.lessonOpenProperty().set(scenario.lesson() != null);
        if (scenario.lesson() != null) {
            status.showMessage(scenario.lesson().title().in(i18n.getLocale()));
        }
    }

    /** Puts the window back as it was when it last closed; a damaged session file is set aside and reported. */
    public void restoreLastSession() {
        store.loadSession().ifPresent(this::apply);
        if (!store.problems().isEmpty()) {
            status.showError(i18n.get("session.damaged", store.problems().get(0)));
        }
    }

    /** Keeps the window's state for the next start; failures are reported, never fatal. */
    public void saveSession() {
        try {
            Scenario scenario = ScenarioBridge.capture(model);
            if (lessonPanel.lessonProperty().get() != null) {
                scenario = scenario.withLesson(lessonPanel.lessonProperty().get());
            }
            store.saveSession(scenario);
        } catch (IOException e) {
            status.showError(i18n.get("session.save.error", e.getMessage()));
        }
    }

    /** Stores the settings (recent files, folders) and updates the menus. */
    public void remember(UserSettings updated) {
        settings.set(updated);
        try {
            store.saveSettings(updated);
        } catch (IOException e) {
            status.showError(i18n.get("settings.save.error", e.getMessage()));
        }
    }

    /** Forgets a recent file that is gone. */
    public void forget(Path file) {
        remember(settings.get().withoutRecent(file));
    }
}
