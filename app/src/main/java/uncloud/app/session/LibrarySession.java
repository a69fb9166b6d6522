package uncloud.app.session;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uncloud.app.audit.AuditLog;
import uncloud.app.audit.DatabaseAuditLog;
import uncloud.app.customers.CustomerDirectory;
import uncloud.app.customers.DatabaseCustomerDirectory;
import uncloud.app.hosts.DatabaseHostDirectory;
import uncloud.app.hosts.HostAgents;
import uncloud.app.hosts.HostDirectory;
import uncloud.app.orders.DatabaseOrderBook;
import uncloud.app.orders.OrderBook;
import uncloud.app.products.DatabaseProductCatalog;
import uncloud.app.products.ProductCatalog;
import uncloud.client.billing.BillingService;
import uncloud.client.orders.OrderService;
import uncloud.client.ssh.SshTunnel;
import uncloud.client.ssh.TunnelListener;
import uncloud.client.ssh.TunnelState;

/** The console's {@link Session} over a client-lib session: its account, tunnel and database. */
final class LibrarySession implements Session {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibrarySession.class);

    private final uncloud.client.profile.Session session;
    private final ProductCatalog products;
    private final OrderBook orders;
    private final AuditLog audit;
    private final CustomerDirectory customers;
    private final HostDirectory hosts;
    private final HostAgents agents;
    private final List<AutoCloseable> closeFirst;

    /**
     * @param closeFirst what depends on the session and closes before it (the demo's agents)
     */
    LibrarySession(
            uncloud.client.profile.Session session, Clock clock, HostAgents agents, List<AutoCloseable> closeFirst) {
        this.session = session;
        this.agents = agents;
        this.closeFirst = List.copyOf(closeFirst);
        String actor = session.account().uid();
        this.products = new DatabaseProductCatalog(session.database(), actor);
        this.orders = new DatabaseOrderBook(
                session.database(),
                actor,
                new OrderService(session.database(), clock, clock.getZone()),
                new BillingService(session.database(), clock, clock.getZone()),
                clock.getZone());
        this.audit = new DatabaseAuditLog(session.database());
        this.customers = new DatabaseCustomerDirectory(session.database());
        this.hosts = new DatabaseHostDirectory(session.database());
    }

    @Override
    public String user() {
        return session.account().uid();
    }

    @Override
    public String role() {
        return session.account().role().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String profileName() {
        return session.connection().profile().name();
    }

    /** The tunnel's state; a profile without tunnel (the demo, a direct database) is always up. */
    @Override
    public AutoCloseable watchConnection(Consumer<ConnectionState> listener) {
        if (session.connection().tunnel().isEmpty()) {
            return () -> {};
        }
        SshTunnel tunnel = session.connection().tunnel().get();
        TunnelListener adapter = (state, detail) -> listener.accept(toConnectionState(state));
        tunnel.addListener(adapter);
        listener.accept(toConnectionState(tunnel.state()));
        return () -> tunnel.removeListener(adapter);
    }

    static ConnectionState toConnectionState(TunnelState state) {
        switch (state) {
            case UP:
                return ConnectionState.UP;
            case CONNECTING:
            case RECONNECTING:
                return ConnectionState.RECONNECTING;
            default:
                return ConnectionState.DOWN;
        }
    }

    /** Client-lib's change feed (LISTEN on {@code uncloud_changes}), narrowed to one table. */
    @Override
    public AutoCloseable watchChanges(String table, Runnable listener) {
        return session.database().changeFeed().subscribe(event -> {
            if (event.concerns(table)) {
                listener.run();
            }
        });
    }

    @Override
    public ProductCatalog products() {
        return products;
    }

    @Override
    public OrderBook orders() {
        return orders;
    }

    @Override
    public CustomerDirectory customers() {
        return customers;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public HostDirectory hosts() {
        return hosts;
    }

    @Override
    public HostAgents agents() {
        return agents;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : closeFirst) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource, e.toString());
            }
        }
        session.close();
    }
}
