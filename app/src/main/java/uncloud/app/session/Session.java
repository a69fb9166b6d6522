package uncloud.app.session;

import java.util.function.Consumer;
import uncloud.app.audit.AuditLog;
import uncloud.app.customers.CustomerDirectory;
import uncloud.app.hosts.HostAgents;
import uncloud.app.hosts.HostDirectory;
import uncloud.app.orders.OrderBook;
import uncloud.app.products.ProductCatalog;

/** A logged-in connection and the services that use it. */
public interface Session extends AutoCloseable {
    String user();

    /** The staff role as LDAP reports it, e.g. "staff" or "admin". */
    String role();

    String profileName();

    /** Hears every connection state change, on a background thread; returns a handle to stop. */
    AutoCloseable watchConnection(Consumer<ConnectionState> listener);

    /** Hears that rows of {@code table} changed (any console's change); on a background thread. */
    AutoCloseable watchChanges(String table, Runnable listener);

    ProductCatalog products();

    OrderBook orders();

    AuditLog audit();

    CustomerDirectory customers();

    HostDirectory hosts();

    HostAgents agents();

    @Override
    void close();
}
