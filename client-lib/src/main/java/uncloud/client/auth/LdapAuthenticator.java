package uncloud.client.auth;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.internal.Secrets;
import uncloud.client.internal.auth.LdapConnector;

/**
 * Checks a user name and password against the directory: finds the entry by uid (anonymously or with
 * the profile's service account), binds as that entry with the password, then reads the staff group.
 * Thread-safe; each login uses its own connection.
 */
public final class LdapAuthenticator {
    private static final Logger log = LoggerFactory.getLogger(LdapAuthenticator.class);
    static final String WRONG_CREDENTIALS = "Wrong user name or password.";

    private final LdapSettings settings;
    private final LdapConnector connector;
    private final Optional<PasswordSource> servicePassword;

    /**
     * @param servicePassword the service account's password source; required when the settings name a
     *     service bind DN
     */
    public LdapAuthenticator(LdapSettings settings, Optional<PasswordSource> servicePassword) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.servicePassword = Objects.requireNonNull(servicePassword, "servicePassword");
        if (settings.serviceBindDn().isPresent() && servicePassword.isEmpty()) {
            throw new ValidationException(
                    "ldapServicePassword",
                    "The profile binds as " + settings.serviceBindDn().get()
                            + " to search, but no password source for it was given.");
        }
        this.connector = new LdapConnector(settings);
    }

    /**
     * @throws AuthenticationException for a wrong user name or password (one message for both, so it
     *     does not tell which user names exist)
     * @throws ConnectionException when the directory cannot be reached securely
     */
    public LdapUser authenticate(String username, PasswordSource password) {
        String uid = Objects.requireNonNull(username, "username").strip();
        if (uid.isEmpty()) {
            throw new ValidationException("username", "Enter a user name.");
        }
        byte[] secret = Secrets.utf8AndWipe(password.password());
        try {
            if (secret.length == 0) {
                // an empty password would be an "unauthenticated bind", which many servers let succeed
                throw new AuthenticationException("Enter a password.");
            }
            try (LDAPConnection connection = connector.connect()) {
                bindForSearch(connection);
                SearchResultEntry entry = findUser(connection, uid);
                bindAs(connection, entry.getDN(), secret);
                Role role = isStaff(connection, entry) ? Role.STAFF : Role.CUSTOMER;
                log.info("LDAP login of {} as {}", uid, role);
                return new LdapUser(
                        entry.getAttributeValue("uid"),
                        entry.getDN(),
                        Optional.ofNullable(entry.getAttributeValue("cn")).orElse(uid),
                        Optional.ofNullable(entry.getAttributeValue("mail")),
                        role);
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private void bindForSearch(LDAPConnection connection) {
        if (settings.serviceBindDn().isEmpty()) {
            return;
        }
        byte[] secret = Secrets.utf8AndWipe(servicePassword.orElseThrow().password());
        try {
            connection.bind(new SimpleBindRequest(settings.serviceBindDn().get(), secret));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw new AuthenticationException("The directory refused the service account "
                        + settings.serviceBindDn().get() + ": check its password in the password store.");
            }
            throw failure("bind as the service account", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private SearchResultEntry findUser(LDAPConnection connection, String uid) {
        // createEqualityFilter escapes the value: "*)(uid=*" is looked up literally and finds nobody
        SearchRequest search = new SearchRequest(
                settings.baseDn(), SearchScope.SUB, Filter.createEqualityFilter("uid", uid), "uid", "cn", "mail");
        search.setSizeLimit(2);
        try {
            SearchResult result = connection.search(search);
            if (result.getEntryCount() == 0) {
                throw new AuthenticationException(WRONG_CREDENTIALS);
            }
            return result.getSearchEntries().get(0);
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                throw new UncloudException("The directory holds several entries with uid '" + uid + "' under "
                        + settings.baseDn() + "; ask the directory administrators to fix it.");
            }
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                throw new ValidationException(
                        "ldapBaseDn", "The LDAP base DN " + settings.baseDn() + " does not exist.");
            }
            throw failure("search for the user", e);
        }
    }

    private void bindAs(LDAPConnection connection, String dn, byte[] secret) {
        try {
            connection.bind(new SimpleBindRequest(dn, secret));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                throw new AuthenticationException(WRONG_CREDENTIALS);
            }
            throw failure("check the password", e);
        }
    }

    private boolean isStaff(LDAPConnection connection, SearchResultEntry user) {
        try {
            var group = connection.getEntry(settings.staffGroupDn(), "member", "uniqueMember", "memberUid");
            if (group == null) {
                throw new ValidationException(
                        "ldapStaffGroup",
                        "The staff group " + settings.staffGroupDn()
                                + " does not exist in the directory (or may not be read by its users).");
            }
            DN userDn = user.getParsedDN();
            for (String attribute : new String[] {"member", "uniqueMember"}) {
                String[] members = group.getAttributeValues(attribute);
                if (members != null) {
                    for (String member : members) {
                        if (new DN(member).equals(userDn)) {
                            return true;
                        }
                    }
                }
            }
            return group.hasAttributeValue("memberUid", user.getAttributeValue("uid"));
        } catch (LDAPException e) {
            throw failure("read the staff group", e);
        }
    }

    private UncloudException failure(String what, LDAPException e) {
        if (e.getResultCode().isConnectionUsable()) {
            return new UncloudException(
                    "The directory " + settings.url() + " could not " + what + ": " + e.getDiagnosticMessage(), e);
        }
        return new ConnectionException(
                "Lost the connection to the LDAP server " + settings.url() + " (" + what + "): " + e.getMessage(), e);
    }
}
