package org.optiviz.plot;

import java.util.Map;
import org.optiviz.core.surface.Surface;

/**
 * The field of a scene shown as convergence maps: the surface, and the map computed so far for each run by its key.
 * A run without a map yet is pictured by the surface's contours.
 */
public record MapSet(Surface surface, Map<String, MapField> maps) implements SurfaceBacked {
    public MapSet {
        maps = Map.copyOf(maps);
    }

    /** The picture of the run with this key: its map, or the surface while its map is being computed. */
    public Field forRun(String key) {
        MapField map = maps.get(key);
        return map != null ? map : Field.of(surface);
    }
}
