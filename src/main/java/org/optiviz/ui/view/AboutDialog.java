package org.optiviz.ui.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.optiviz.ui.I18n;

/**
 * Help → About: the version, the app's licence and every library shipped with it and its licence. Versions come
 * from about.properties, which the build fills in from the pom, so they are the ones in the jar and the installer.
 */
public final class AboutDialog {
    /** One shipped library and the licence it comes under. */
    record Library(String name, String licence) {
    }

    private static final String RUNTIME_LICENCE = "GNU GPL v2 with the Classpath Exception";
    private final Properties about;

    private AboutDialog(Properties about) {
        this.about = about;
    }

    /** Reads about.properties from the jar. */
    public static AboutDialog load() {
        Properties about = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/org/optiviz/ui/about.properties")) {
            if (in == null) {
                throw new IllegalStateException("about.properties is missing from the build");
            }
            about.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AboutDialog(about);
    }

    /** The app's version, as in the pom. */
    public String version() {
        return about.getProperty("version");
    }

    /** The app's licence. */
    public String licence() {
        return about.getProperty("licence");
    }

    /** The libraries in the order shown, the Java runtime that runs the app last. */
    List<Library> libraries() {
        List<Library> libraries = new ArrayList<>();
        for (int n = 1; about.containsKey("library." + n); n++) {
            String[] nameAndLicence = about.getProperty("library." + n).split("\\|", 2);
            libraries.add(new Library(nameAndLicence[0].trim(), nameAndLicence[1].trim()));
        }
        libraries.add(new Library(runtimeName(), RUNTIME_LICENCE));
        return libraries;
    }

    /** The Java runtime that runs the app: the one inside the app image, or the system's for the jar. */
    static String runtimeName() {
        String number = Runtime.version().version().stream().map(String::valueOf)
                .collect(Collectors.joining("."));
        return "Java " + number + " (" + System.getProperty("java.vendor") + ")";
    }

    /** Shows the box over the owner window and waits until it is closed. */
    public void show(Window owner, I18n i18n) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("about.title"));
        dialog.getDialogPane().setId("aboutPane");
        dialog.getDialogPane().setContent(content(i18n));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private VBox content(I18n i18n) {
        Label name = new Label("OptiViz");
        name.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label version = new Label(i18n.get("about.version", version()));
        version.setId("aboutVersion");
        Label description = new Label(i18n.get("about.description"));
        HBox header = new HBox(16, new ImageView(AppIcon.of(64)), new VBox(4, name, version, description));
        Label licence = new Label(i18n.get("about.licence", licence()));
        licence.setId("aboutLicence");
        Label librariesTitle = new Label(i18n.get("about.libraries"));
        librariesTitle.setStyle("-fx-font-weight: bold;");
        GridPane libraries = new GridPane();
        libraries.setId("aboutLibraries");
        libraries.setHgap(24);
        libraries.setVgap(4);
        int row = 0;
        for (Library library : libraries()) {
            libraries.addRow(row++, new Label(library.name()), new Label(library.licence()));
        }
        VBox box = new VBox(12, header, licence, librariesTitle, libraries);
        box.setPadding(new Insets(8, 12, 4, 4));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
