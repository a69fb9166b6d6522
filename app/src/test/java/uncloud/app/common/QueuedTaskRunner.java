package uncloud.app.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Holds every task until the test finishes it, in any order: for what happens when answers arrive late
 * or out of order. UI-thread calls run at once on the calling thread.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private static final class Queued {
        final Duration delay;
        final BackgroundTask<?> task;
        boolean cancelled;

        Queued(Duration delay, BackgroundTask<?> task) {
            this.delay = delay;
            this.task = task;
        }
    }

    private final List<Queued> queued = new ArrayList<>();

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return runAfter(Duration.ZERO, task);
    }

    @Override
    public <T> TaskHandle runAfter(Duration delay, BackgroundTask<T> task) {
        Queued entry = new Queued(delay, task);
        queued.add(entry);
        return new TaskHandle() {
            @Override
            public void cancel() {
                entry.cancelled = true;
            }

            @Override
            public boolean isDone() {
                return false;
            }
        };
    }

    /** The delay each task was started with, in start order. */
    public List<Duration> delays() {
        return queued.stream().map(entry -> entry.delay).collect(Collectors.toList());
    }

    /** Whether each task was cancelled, in start order. */
    public List<Boolean> cancelled() {
        return queued.stream().map(entry -> entry.cancelled).collect(Collectors.toList());
    }

    /**
     * Finishes task {@code index}: a cancelled one reports cancelled without running (its delay was cut
     * short), any other runs now and delivers its outcome.
     */
    public void finish(int index) {
        Queued entry = queued.get(index);
        if (entry.cancelled) {
            entry.task.complete(null, null, true);
        } else {
            deliver(entry.task);
        }
    }

    /** Runs task {@code index} and delivers its outcome as if it had finished before anyone cancelled it. */
    public void finishAsIfNotCancelled(int index) {
        deliver(queued.get(index).task);
    }

    private static <T> void deliver(BackgroundTask<T> task) {
        T value = null;
        Throwable failure = null;
        try {
            value = task.call(ProgressSink.NONE);
        } catch (Exception e) {
            failure = e;
        }
        task.complete(value, failure, false);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public <T> T callOnUiThread(Callable<T> question) throws InterruptedException {
        try {
            return question.call();
        } catch (RuntimeException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void shutdown() {}
}
