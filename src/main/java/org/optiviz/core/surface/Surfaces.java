package org.optiviz.core.surface;

import java.util.List;

/** Every surface the app knows, in the order they are offered. */
public final class Surfaces {
    private static final List<Surface> ALL = List.of(new Ellipsoid(), new Rosenbrock(), new Saddle(),
            new MonkeySaddle(), new Beale(), new Himmelblau(), new Rastrigin());

    private Surfaces() {
    }

    public static List<Surface> all() {
        return ALL;
    }

    /** The surface with this key; throws IllegalArgumentException listing the known keys otherwise. */
    public static Surface byKey(String key) {
        for (Surface surface : ALL) {
            if (surface.key().equals(key)) {
                return surface;
            }
        }
        throw new IllegalArgumentException("unknown surface '" + key + "'; known: " + keys());
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Surface surface : ALL) {
            sb.append(sb.length() == 0 ? "" : ", ").append(surface.key());
        }
        return sb.toString();
    }
}
