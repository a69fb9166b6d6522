package uncloud.app.session;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uncloud.client.UncloudException;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.profile.ProfileStore;

/** {@link ConnectionProfiles} over client-lib's JSON profile files; an unreadable file is skipped, not fatal. */
public final class StoredConnectionProfiles implements ConnectionProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(StoredConnectionProfiles.class);

    private final ProfileStore store;

    public StoredConnectionProfiles(ProfileStore store) {
        this.store = store;
    }

    @Override
    public List<ConnectionProfile> list() {
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (String name : store.names()) {
            try {
                profiles.add(store.load(name));
            } catch (UncloudException e) {
                LOG.warn("Skipping profile {}: {}", name, e.getMessage());
            }
        }
        return profiles;
    }

    @Override
    public void save(ConnectionProfile profile) {
        store.save(profile);
    }
}
