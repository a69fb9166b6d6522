package uncloud.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorTaskRunnerTest {
    /** Outcomes are delivered on the worker itself: the test has no UI thread. */
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(Runnable::run);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch finished = new CountDownLatch(1);

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private BackgroundTask<String> task() {
        return BackgroundTask.of("search", progress -> {
                    events.add("worked");
                    return "found";
                })
                .onSuccess(events::add)
                .onCancelled(() -> events.add("cancelled"))
                .andFinally(finished::countDown);
    }

    @Test
    void aDelayedTaskRunsOnlyAfterItsDelay() throws Exception {
        long start = System.nanoTime();

        tasks.runAfter(Duration.ofMillis(250), task());

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(events).containsExactly("worked", "found");
    }

    @Test
    void aDelayedTaskCancelledDuringItsDelayNeverWorksAndReportsCancelled() throws Exception {
        TaskHandle handle = tasks.runAfter(Duration.ofSeconds(10), task());
        Thread.sleep(50); // the worker is sleeping out the delay

        handle.cancel();

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("cancelled");
    }
}
