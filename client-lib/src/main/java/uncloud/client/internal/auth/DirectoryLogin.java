package uncloud.client.internal.auth;

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
import java.util.Optional;
import uncloud.client.AuthenticationException;
import uncloud.client.ConnectionException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.auth.LdapSettings;
import uncloud.client.auth.LdapUser;
import uncloud.client.auth.PasswordSource;
import uncloud.client.auth.Role;
import uncloud.client.internal.Secrets;

/** The LDAP conversation of a login: search by uid, bind as the entry, read the staff group. */
public final class DirectoryLogin {
    private static final String WRONG_CREDENTIALS = "Wrong user name or password.";

    private final LdapSettings settings;
    private final LdapConnector connector;
    private final Optional<PasswordSource> servicePassword;

    public DirectoryLogin(LdapSettings settings, Optional<PasswordSource> servicePassword) {
        this.settings = settings;
        this.connector = new LdapConnector(settings);
        this.servicePassword = servicePassword;
    }

    /** Checks the password of {@code uid}; the caller wipes {@code secret}. */
    public LdapUser login(String uid, byte[] secret) {
        try (LDAPConnection connection = connector.connect()) {
            bindForSearch(connection);
            SearchResultEntry entry = findUser(connection, uid);
            bindAs(connection, entry.getDN(), secret);
            Role role = isStaff(connection, entry) ? Role.STAFF : Role.CUSTOMER;
            return new LdapUser(
                    entry.getAttributeValue("uid"),
                    entry.getDN(),
                    Optional.ofNullable(entry.getAttributeValue("cn")).orElse(uid),
                    Optional.ofNullable(entry.getAttributeValue("mail")),
                    role);
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
