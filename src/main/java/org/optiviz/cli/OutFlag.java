package org.optiviz.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code --out FILE} flag of the commands that write a file: its extension and its write failures. */
final class OutFlag {
    /** Writes the file; may fail with a one-line IOException. */
    interface Write {
        void run() throws IOException;
    }

    private OutFlag() {
    }

    /** The file's extension in lower case, checked against the allowed ones. */
    static String extension(Path file, String... allowed) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(ext)) {
                return ext;
            }
        }
        throw new UsageException("--out: '" + file + "' should end in ." + String.join(" or .", allowed));
    }

    /** Runs the write, a failure becoming a {@link UsageException} that names --out. */
    static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UsageException("--out: " + e.getMessage());
        }
    }
}
