package org.optiviz.io.export;

/** Reports how far a long export is and lets its caller cancel it. */
public interface ExportProgress {
    /** For exports nobody watches. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called after each unit of work (a GIF frame). */
    void progress(int done, int total);

    /** Polled between units of work; when true the export stops and writes nothing. */
    boolean cancelled();
}
