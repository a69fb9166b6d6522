package uncloud.client.internal.auth;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import java.security.GeneralSecurityException;
import javax.net.ssl.TrustManager;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.auth.LdapSettings;

/**
 * Opens connections to the directory: LDAPS or StartTLS, with the certificate checked against the
 * profile's CA (or the JDK's) and the host name checked against the certificate.
 */
public final class LdapConnector {
    private final LdapSettings settings;

    public LdapConnector(LdapSettings settings) {
        this.settings = settings;
    }

    public LDAPConnection connect() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        int timeout = Math.toIntExact(settings.timeout().toMillis());
        options.setConnectTimeoutMillis(timeout);
        options.setResponseTimeoutMillis(timeout);
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        LDAPConnection connection = null;
        try {
            if (settings.url().getScheme().equals("ldaps")) {
                connection = new LDAPConnection(
                        sslUtil().createSSLSocketFactory(), options, settings.host(), settings.port());
            } else {
                connection = new LDAPConnection(options, settings.host(), settings.port());
                if (settings.startTls()) {
                    startTls(connection);
                }
            }
            return connection;
        } catch (LDAPException e) {
            if (connection != null) {
                connection.close();
            }
            throw new ConnectionException(
                    "Cannot connect " + (settings.encrypted() ? "securely " : "") + "to the LDAP server "
                            + settings.url() + ": " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new ConnectionException("Cannot set up TLS for " + settings.url() + ": " + e.getMessage(), e);
        }
    }

    private void startTls(LDAPConnection connection) throws LDAPException, GeneralSecurityException {
        ExtendedResult result = connection.processExtendedOperation(
                new StartTLSExtendedRequest(sslUtil().createSSLContext()));
        if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new LDAPException(result);
        }
    }

    private SSLUtil sslUtil() {
        return new SSLUtil(trustManager());
    }

    private TrustManager trustManager() {
        if (settings.caCertificate().isEmpty()) {
            return JVMDefaultTrustManager.getInstance();
        }
        try {
            return new PEMFileTrustManager(settings.caCertificate().get().toFile());
        } catch (RuntimeException | java.security.KeyStoreException e) {
            throw new ValidationException(
                    "ldapCaCertificate",
                    "Cannot read the LDAP CA certificate "
                            + settings.caCertificate().get() + ": " + e.getMessage());
        }
    }
}
