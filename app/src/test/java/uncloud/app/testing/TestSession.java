package uncloud.app.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import uncloud.app.audit.AuditCriteria;
import uncloud.app.audit.AuditLog;
import uncloud.app.customers.CustomerDirectory;
import uncloud.app.hosts.HostAgents;
import uncloud.app.hosts.HostDirectory;
import uncloud.app.orders.OrderBook;
import uncloud.app.products.ProductCatalog;
import uncloud.app.session.ConnectionState;
import uncloud.app.session.Session;
import uncloud.app.table.Page;
import uncloud.app.table.PageQuery;
import uncloud.client.domain.AuditEvent;

/** A session over in-memory services whose connection state and change feed a test drives. */
public final class TestSession implements Session {
    private final ProductCatalog products;
    private final OrderBook orders;
    private final List<Consumer<ConnectionState>> connectionListeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<Runnable>> changeListeners = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public TestSession(ProductCatalog products, OrderBook orders) {
        this.products = products;
        this.orders = orders;
    }

    public void connection(ConnectionState state) {
        connectionListeners.forEach(listener -> listener.accept(state));
    }

    public void changed(String table) {
        changeListeners.getOrDefault(table, List.of()).forEach(Runnable::run);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String user() {
        return "alice";
    }

    @Override
    public String role() {
        return "staff";
    }

    @Override
    public String profileName() {
        return "demo";
    }

    @Override
    public AutoCloseable watchConnection(Consumer<ConnectionState> listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
    }

    @Override
    public AutoCloseable watchChanges(String table, Runnable listener) {
        changeListeners
                .computeIfAbsent(table, key -> new CopyOnWriteArrayList<>())
                .add(listener);
        return () -> changeListeners.get(table).remove(listener);
    }

    @Override
    public ProductCatalog products() {
        return products;
    }

    @Override
    public OrderBook orders() {
        return orders;
    }

    /** Two customers, so the Customers area has something to show. */
    @Override
    public CustomerDirectory customers() {
        return new InMemoryCustomerDirectory("Anna Muster", "Beat Beispiel");
    }

    /** Tests of the audit area use their own log; the session's is empty. */
    @Override
    public AuditLog audit() {
        return new AuditLog() {
            @Override
            public Page<AuditEvent> fetch(AuditCriteria criteria, PageQuery query) {
                return new Page<>(List.of(), Optional.empty());
            }

            @Override
            public List<String> tables() {
                return List.of("orders", "product");
            }
        };
    }

    @Override
    public void close() {
        closed = true;
    }

    /** No hosts: the Hosts area has its own view-model tests. */
    @Override
    public HostDirectory hosts() {
        return List::of;
    }

    @Override
    public HostAgents agents() {
        return HostAgents.withoutCertificate();
    }
}
