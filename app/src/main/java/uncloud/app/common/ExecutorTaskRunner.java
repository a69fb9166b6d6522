package uncloud.app.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one pool for background work. Outcomes and progress are handed to {@code uiThread}
 * (Platform::runLater in the console), so handlers may touch properties bound to controls.
 */
public final class ExecutorTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);

    private final ExecutorService executor;
    private final Consumer<Runnable> uiThread;

    public ExecutorTaskRunner(Consumer<Runnable> uiThread) {
        this(Executors.newFixedThreadPool(4, daemonThreads()), uiThread);
    }

    ExecutorTaskRunner(ExecutorService executor, Consumer<Runnable> uiThread) {
        this.executor = executor;
        this.uiThread = uiThread;
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return runAfter(Duration.ZERO, task);
    }

    /** The delay is slept on the worker; a cancel interrupts the sleep and the task reports cancelled. */
    @Override
    public <T> TaskHandle runAfter(Duration delay, BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Future<?>> future = new AtomicReference<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(String message, double fraction) {
                if (!cancelled.get()) {
                    uiThread.accept(() -> task.progressed(message, fraction));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        future.set(executor.submit(() -> {
            if (!delay.isZero() && !sleep(delay)) {
                uiThread.accept(() -> task.complete(null, null, true));
                return;
            }
            execute(task, sink, cancelled);
        }));
        return new TaskHandle() {
            @Override
            public void cancel() {
                if (cancelled.compareAndSet(false, true)) {
                    future.get().cancel(true);
                }
            }

            @Override
            public boolean isDone() {
                return future.get().isDone();
            }
        };
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T> void execute(BackgroundTask<T> task, ProgressSink sink, AtomicBoolean cancelled) {
        T value = null;
        Throwable failure = null;
        try {
            value = task.call(sink);
        } catch (Exception | Error e) {
            failure = e;
            if (cancelled.get()) {
                LOG.debug("{} stopped after cancel", task.title(), e);
            } else if (e instanceof uncloud.client.UncloudException) {
                LOG.info("{} failed: {}", task.title(), e.getMessage()); // shown to the person; not a bug
            } else {
                LOG.warn("{} failed", task.title(), e);
            }
        }
        T result = value;
        Throwable error = failure;
        uiThread.accept(() -> task.complete(result, error, cancelled.get()));
    }

    @Override
    public void runOnUiThread(Runnable action) {
        uiThread.accept(action);
    }

    @Override
    public <T> T callOnUiThread(Callable<T> question) throws InterruptedException {
        CompletableFuture<T> answer = new CompletableFuture<>();
        uiThread.accept(() -> {
            try {
                answer.complete(question.call());
            } catch (Exception | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "console-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
