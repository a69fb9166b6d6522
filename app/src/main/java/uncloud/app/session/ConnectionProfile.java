package uncloud.app.session;

import java.util.Objects;

/**
 * How to reach one installation: the SSH host the database sits behind, the database on it, and the
 * LDAP directory that checks staff passwords. A {@link Kind#DEMO} profile starts everything locally.
 * Holds no secret: passwords are asked at every login, keys stay in their files.
 */
public record ConnectionProfile(
        String name,
        Kind kind,
        String sshHost,
        int sshPort,
        String sshUser,
        String sshKeyFile,
        String databaseHost,
        int databasePort,
        String databaseName,
        String ldapUrl,
        String ldapBaseDn) {
    public enum Kind {
        DEMO,
        SSH_TUNNEL
    }

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static ConnectionProfile demo() {
        return new ConnectionProfile("demo", Kind.DEMO, "", 22, "", "", "localhost", 5432, "uncloud", "", "");
    }

    public boolean isDemo() {
        return kind == Kind.DEMO;
    }

    @Override
    public String toString() {
        return name;
    }
}
