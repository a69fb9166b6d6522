package uncloud.client.internal.ssh;

import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import java.util.List;
import java.util.Vector;

/** Offers the key files first, then the ssh-agent's keys; JSch itself knows only one source. */
final class CombinedIdentityRepository implements IdentityRepository {
    private final List<IdentityRepository> sources;

    CombinedIdentityRepository(List<IdentityRepository> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public String getName() {
        return "key files and ssh-agent";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        Vector<Identity> all = new Vector<>();
        sources.forEach(source -> all.addAll(source.getIdentities()));
        return all;
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
        // the sources are owned elsewhere: the key files by JSch, the agent by the user
    }
}
