package uncloud.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A unit of blocking work plus what to do with its outcome on the UI thread: typed error handlers
 * (the most specific registered type wins), progress, and a final step that always runs. Built
 * fluently, then handed to a {@link TaskRunner}.
 */
public final class BackgroundTask<T> {
    /** The blocking work; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressSink progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> {};
    private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
    private Consumer<Throwable> onAnyError = error -> {};
    private BiConsumer<String, Double> onProgress = (message, fraction) -> {};
    private Runnable onCancelled = () -> {};
    private Runnable andFinally = () -> {};

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public static BackgroundTask<Void> ofRunnable(String title, Runnable work) {
        return new BackgroundTask<>(title, progress -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Handles failures of this type (or a subtype); more specific handlers win over general ones. */
    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new ErrorHandler<>(type, handler));
        return this;
    }

    /** Handles every failure no typed handler took. */
    public BackgroundTask<T> onError(Consumer<Throwable> handler) {
        this.onAnyError = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onProgress(BiConsumer<String, Double> handler) {
        this.onProgress = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable handler) {
        this.andFinally = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    // --- used by TaskRunner implementations ---

    T call(ProgressSink progress) throws Exception {
        return work.call(progress);
    }

    void progressed(String message, double fraction) {
        onProgress.accept(message, fraction);
    }

    /** Delivers the outcome: exactly one of success, cancellation or failure, then the final step. */
    void complete(T value, Throwable failure, boolean cancelled) {
        try {
            if (cancelled || failure instanceof CancellationException || failure instanceof InterruptedException) {
                onCancelled.run();
            } else if (failure != null) {
                fail(failure);
            } else {
                onSuccess.accept(value);
            }
        } finally {
            andFinally.run();
        }
    }

    private void fail(Throwable failure) {
        ErrorHandler<?> best = null;
        for (ErrorHandler<?> handler : errorHandlers) {
            if (handler.type.isInstance(failure) && (best == null || best.type.isAssignableFrom(handler.type))) {
                best = handler;
            }
        }
        if (best != null) {
            best.handle(failure);
        } else {
            onAnyError.accept(failure);
        }
    }

    private static final class ErrorHandler<E extends Throwable> {
        final Class<E> type;
        final Consumer<? super E> handler;

        ErrorHandler(Class<E> type, Consumer<? super E> handler) {
            this.type = type;
            this.handler = handler;
        }

        void handle(Throwable failure) {
            handler.accept(type.cast(failure));
        }
    }
}
