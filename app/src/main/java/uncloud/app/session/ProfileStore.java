package uncloud.app.session;

import java.util.List;

/** Saved connection profiles; the demo profile is always among them. */
public interface ProfileStore {
    List<ConnectionProfile> list();

    /** Adds the profile or replaces the one with the same name. */
    void save(ConnectionProfile profile);
}
