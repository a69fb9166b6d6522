package uncloud.app.common;

/** A started background task, as seen by whoever started it. */
public interface TaskHandle {
    /** Asks the task to stop; its work sees {@link ProgressSink#isCancelled()} and an interrupt. */
    void cancel();

    boolean isDone();

    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {}

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
