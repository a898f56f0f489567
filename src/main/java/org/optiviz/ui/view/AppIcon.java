package org.optiviz.ui.view;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app's icon (assets/icon, drawn from optiviz.svg) at the sizes window managers and task bars pick from. */
public final class AppIcon {
    /** The sizes in the jar, smallest first. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcon() {
    }

    /** One size of the icon, or null if the jar lacks it. */
    public static Image of(int size) {
        try (InputStream in = AppIcon.class.getResourceAsStream("/org/optiviz/ui/icon/optiviz-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Every size, for {@code Stage.getIcons()}: the window system chooses the one that fits. */
    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            Image icon = of(size);
            if (icon != null) {
                icons.add(icon);
            }
        }
        return icons;
    }
}
