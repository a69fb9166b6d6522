package uncloud.client;

/** Every subnetwork of a VPN pool is held or still in quarantine. */
public class PoolExhaustedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public PoolExhaustedException(String message) {
        super(message);
    }
}
