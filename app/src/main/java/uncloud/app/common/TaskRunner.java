package uncloud.app.common;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs {@link BackgroundTask}s away from the UI thread and delivers their outcome back on it. View
 * models depend on this interface only, so tests can run tasks synchronously with {@link
 * CurrentThreadTaskRunner}.
 */
public interface TaskRunner {
    /** Starts the task; the returned handle cancels it. */
    <T> TaskHandle run(BackgroundTask<T> task);

    /**
     * Starts the task after {@code delay}, unless it is cancelled before: for work that follows typing
     * (a search), so that only the last keystroke's task reaches the server.
     */
    <T> TaskHandle runAfter(Duration delay, BackgroundTask<T> task);

    /** Hands {@code action} to the UI thread (for events that arrive on other threads). */
    void runOnUiThread(Runnable action);

    /**
     * Runs {@code question} on the UI thread and waits for its answer — for work in the background that
     * must ask the person something (a host key to trust). Never call it on the UI thread itself.
     */
    <T> T callOnUiThread(Callable<T> question) throws InterruptedException;

    /** Stops accepting work and interrupts what is running (called when the console closes). */
    void shutdown();
}
