package uncloud.client.internal.agent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Response;
import uncloud.client.agent.RetryPolicy;

/**
 * Tries GET and PUT again when the connection fails, waiting longer each time. Desired-state PUTs are idempotent
 * (the agent runs nothing for a state it already has), so repeating one that may have arrived is safe. Certificate
 * failures are not retried: they will not heal by themselves.
 */
public final class RetryInterceptor implements Interceptor {
    private final RetryPolicy policy;

    public RetryInterceptor(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = chain.request().method();
        boolean idempotent = method.equals("GET") || method.equals("PUT");
        Duration delay = policy.firstDelay();
        for (int attempt = 1; ; attempt++) {
            try {
                return chain.proceed(chain.request());
            } catch (IOException e) {
                if (certificateProblem(e)
                        || !idempotent
                        || attempt >= policy.attempts()
                        || chain.call().isCanceled()
                        || timedOut(e)) {
                    throw e;
                }
                sleep(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    /** Pin mismatches and refused certificates will not heal by themselves. */
    public static boolean certificateProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }

    /** A host that answers too slowly is busy or dead; asking again would only double the wait. */
    private static boolean timedOut(IOException e) {
        return e instanceof InterruptedIOException;
    }

    private static void sleep(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }
}
