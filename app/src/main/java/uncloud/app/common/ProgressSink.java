package uncloud.app.common;

/** What a background task's work uses to report progress and to notice cancellation. */
public interface ProgressSink {
    /** Reports a step; {@code fraction} in [0, 1], or negative when unknown. */
    void progress(String message, double fraction);

    boolean isCancelled();

    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(String message, double fraction) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
