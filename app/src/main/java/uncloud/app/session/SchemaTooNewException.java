package uncloud.app.session;

import uncloud.client.UncloudException;

/** The database was migrated by a newer console than this one; using it could damage data. */
public class SchemaTooNewException extends UncloudException {
    private static final long serialVersionUID = 1L;

    public SchemaTooNewException(String databaseVersion, String supportedVersion) {
        super("The database schema is version " + databaseVersion + ", newer than this console understands ("
                + supportedVersion + "). Install the current console before logging in.");
    }
}
