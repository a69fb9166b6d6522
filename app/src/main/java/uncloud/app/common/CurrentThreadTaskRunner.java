package uncloud.app.common;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs every task at once on the calling thread, outcome included. For view-model tests (and for
 * work that is known to be instant); never used by the console for I/O.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {
    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(String message, double fraction) {
                task.progressed(message, fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T value = null;
        Throwable failure = null;
        try {
            value = task.call(sink);
        } catch (Exception e) {
            failure = e;
        }
        task.complete(value, failure, false);
        return TaskHandle.DONE;
    }

    /** Runs the task at once: tests need no clock to see what a delayed task does. */
    @Override
    public <T> TaskHandle runAfter(Duration delay, BackgroundTask<T> task) {
        return run(task);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public <T> T callOnUiThread(Callable<T> question) {
        try {
            return question.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void shutdown() {}
}
