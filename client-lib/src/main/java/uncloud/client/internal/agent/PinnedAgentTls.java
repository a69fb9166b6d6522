package uncloud.client.internal.agent;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import uncloud.client.agent.ConsoleCertificate;

/**
 * TLS 1.3 towards one agent: presents the console's certificate and trusts exactly the agent certificate whose
 * SHA-256 fingerprint was pinned at onboarding. Agents use self-signed certificates that name no host, so the pin
 * replaces both the CA check and the host-name check.
 */
public final class PinnedAgentTls {
    private final SSLContext context;
    private final PinningTrustManager trustManager;

    public PinnedAgentTls(ConsoleCertificate console, String pinnedSha256) {
        this.trustManager = new PinningTrustManager(pinnedSha256);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("console", console.key(), password, new X509Certificate[] {console.certificate()});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), new TrustManager[] {trustManager}, null);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS for the agent: " + e.getMessage(), e);
        }
    }

    public SSLContext context() {
        return context;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** Accepts the session only when its peer is the pinned certificate (checked again, not assumed). */
    public HostnameVerifier hostnameVerifier() {
        return (host, session) -> {
            try {
                return trustManager.pinned((X509Certificate) session.getPeerCertificates()[0]);
            } catch (SSLPeerUnverifiedException | ClassCastException e) {
                return false;
            }
        };
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown inside the handshake when the agent presents another certificate than the pinned one. */
    public static final class PinMismatch extends CertificateException {
        private static final long serialVersionUID = 1L;

        PinMismatch(String presented, String pinned) {
            super("the agent presented certificate " + presented + ", not the pinned " + pinned);
        }
    }

    private static final class PinningTrustManager implements X509TrustManager {
        private final String pinnedSha256;

        PinningTrustManager(String pinnedSha256) {
            this.pinnedSha256 = pinnedSha256;
        }

        boolean pinned(X509Certificate certificate) {
            return sha256(certificate).equals(pinnedSha256);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the agent presented no certificate");
            }
            if (!pinned(chain[0])) {
                throw new PinMismatch(sha256(chain[0]), pinnedSha256);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the console never accepts TLS clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
