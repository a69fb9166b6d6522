package uncloud.app.testing;

import java.util.ArrayList;
import java.util.List;
import uncloud.app.session.ConnectionProfiles;
import uncloud.client.profile.ConnectionProfile;

public final class InMemoryProfileStore implements ConnectionProfiles {
    private final List<ConnectionProfile> profiles = new ArrayList<>(List.of(ConnectionProfile.demoProfile()));

    @Override
    public synchronized List<ConnectionProfile> list() {
        return List.copyOf(profiles);
    }

    @Override
    public synchronized void save(ConnectionProfile profile) {
        profiles.removeIf(saved -> saved.name().equals(profile.name()));
        profiles.add(profile);
    }
}
