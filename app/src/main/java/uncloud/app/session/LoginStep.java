package uncloud.app.session;

/** The steps of a login, in order; the login window shows each one's progress. */
public enum LoginStep {
    TUNNEL("Open SSH tunnel"),
    DATABASE("Connect to the database"),
    LDAP("Check user name and password"),
    SCHEMA("Check the database schema");

    private final String label;

    LoginStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
