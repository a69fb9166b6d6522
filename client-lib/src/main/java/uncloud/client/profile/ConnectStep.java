package uncloud.client.profile;

/** The steps of opening a profile, in order; the login dialog shows them as a checklist. */
public enum ConnectStep {
    TUNNEL("SSH tunnel"),
    DATABASE("Database"),
    LDAP("Directory login"),
    SCHEMA("Database schema");

    private final String label;

    ConnectStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
