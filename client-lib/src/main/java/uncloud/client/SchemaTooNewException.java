package uncloud.client;

/**
 * The database was migrated by a newer console: this client does not know its schema and refuses to
 * touch it rather than misread it.
 */
public class SchemaTooNewException extends UncloudException {
    private static final long serialVersionUID = 1L;

    private final String databaseVersion;
    private final String clientVersion;

    public SchemaTooNewException(String databaseVersion, String clientVersion) {
        super("the database schema is at version " + databaseVersion + ", newer than this console knows (version "
                + clientVersion + "): update the console before connecting to this database");
        this.databaseVersion = databaseVersion;
        this.clientVersion = clientVersion;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String clientVersion() {
        return clientVersion;
    }
}
