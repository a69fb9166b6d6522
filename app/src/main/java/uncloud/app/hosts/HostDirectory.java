package uncloud.app.hosts;

import java.util.List;
import uncloud.client.domain.Host;

/** The provider's hosts: a fleet of tens, read whole and sorted by name. */
public interface HostDirectory {
    List<Host> all();
}
