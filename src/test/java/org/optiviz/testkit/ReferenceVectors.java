package org.optiviz.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.optiviz.core.optim.OptimizerKind;
import org.optiviz.core.param.Hyperparams;

/** Reading the reference vectors in the test resources (see reference/README.md there for their origin). */
public final class ReferenceVectors {
    private ReferenceVectors() {
    }

    /** The lines of reference/NAME. */
    public static List<String> lines(String name) throws IOException {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource reference/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The kind's defaults with each "key=value" setting applied, as the reference files and tests write them. */
    public static Hyperparams params(OptimizerKind kind, String... settings) {
        Hyperparams params = kind.defaults();
        for (String setting : settings) {
            if (!setting.isEmpty()) {
                String[] kv = setting.split("=");
                params = params.with(kv[0], params.spec(kv[0]).parse(kv[1]));
            }
        }
        return params;
    }

    /** The same, from the reference files' "key=value;key=value" column. */
    public static Hyperparams paramsColumn(OptimizerKind kind, String semicolonSeparated) {
        return params(kind, semicolonSeparated.split(";"));
    }
}
