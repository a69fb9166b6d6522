package uncloud.app.session;

import java.util.List;
import uncloud.client.profile.ConnectionProfile;

/** The saved connection profiles, as the login window lists and edits them; the demo comes first. */
public interface ConnectionProfiles {
    List<ConnectionProfile> list();

    /** Adds the profile or replaces the one with the same name. */
    void save(ConnectionProfile profile);
}
