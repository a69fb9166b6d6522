package uncloud.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import uncloud.app.audit.AuditView;
import uncloud.app.audit.AuditViewModel;
import uncloud.app.common.DialogService;
import uncloud.app.common.ExecutorTaskRunner;
import uncloud.app.common.TaskRunner;
import uncloud.app.common.WindowStateStore;
import uncloud.app.customers.CustomersView;
import uncloud.app.customers.CustomersViewModel;
import uncloud.app.hosts.HostsView;
import uncloud.app.hosts.HostsViewModel;
import uncloud.app.login.LoginViewModel;
import uncloud.app.main.Area;
import uncloud.app.main.MainViewModel;
import uncloud.app.orders.OrdersView;
import uncloud.app.orders.OrdersViewModel;
import uncloud.app.products.ProductsView;
import uncloud.app.products.ProductsViewModel;
import uncloud.app.session.ConnectionProfiles;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.session.Session;
import uncloud.app.session.SessionOpener;
import uncloud.app.session.StoredConnectionProfiles;
import uncloud.client.profile.ProfileStore;

/**
 * The console's one composition root: every service is created here (or handed in by a test) and
 * passed on through constructors. No singletons, no static state.
 */
public final class AppContext {
    private final WindowStateStore windowState;
    private final ConnectionProfiles profiles;
    private final SessionOpener opener;
    private final TaskRunner tasks;
    private final BuildInfo build;
    private final String requestedProfile;
    private final Clock clock;

    public AppContext(
            WindowStateStore windowState,
            ConnectionProfiles profiles,
            SessionOpener opener,
            TaskRunner tasks,
            BuildInfo build,
            String requestedProfile,
            Clock clock) {
        this.windowState = windowState;
        this.profiles = profiles;
        this.opener = opener;
        this.tasks = tasks;
        this.build = build;
        this.requestedProfile = requestedProfile;
        this.clock = clock;
    }

    /** The console as staff run it: config in the XDG directory, client-lib's services. */
    public static AppContext production(String requestedProfile) {
        Clock clock = Clock.system(ZoneId.of("Europe/Zurich"));
        return new AppContext(
                new WindowStateStore(WindowStateStore.defaultFile()),
                new StoredConnectionProfiles(ProfileStore.forCurrentUser()),
                new LibrarySessionOpener(clock),
                new ExecutorTaskRunner(Platform::runLater),
                BuildInfo.load(),
                requestedProfile,
                clock);
    }

    public WindowStateStore windowState() {
        return windowState;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public BuildInfo build() {
        return build;
    }

    /** The profile asked for on the command line, or null to use the last one. */
    public String requestedProfile() {
        return requestedProfile;
    }

    public LoginViewModel loginViewModel(DialogService dialogs, Consumer<Session> onLoggedIn) {
        return new LoginViewModel(profiles, opener, tasks, dialogs, onLoggedIn);
    }

    /** The main window's view model and areas for one session, wired to its change feed. */
    public Workspace workspace(Session session, DialogService dialogs) {
        MainViewModel main = new MainViewModel(session, tasks);
        List<Area> areas = new ArrayList<>();
        List<AutoCloseable> watches = new ArrayList<>();

        ProductsViewModel products = new ProductsViewModel(session.products(), tasks, dialogs);
        products.enabledProperty().bind(main.connectedProperty());
        watches.add(session.watchChanges("product", coalesced(products::productsChanged)));
        areas.add(new ProductsView(products));

        OrdersViewModel orders = new OrdersViewModel(session.orders(), session.customers(), tasks, dialogs, clock);
        orders.enabledProperty().bind(main.connectedProperty());
        watches.add(session.watchChanges("orders", coalesced(orders::ordersChanged)));
        areas.add(0, new OrdersView(orders));

        CustomersViewModel customers = new CustomersViewModel(session.customers(), tasks, dialogs);
        customers.enabledProperty().bind(main.connectedProperty());
        watches.add(session.watchChanges("customer", coalesced(customers.customers()::refresh)));
        areas.add(new CustomersView(customers));

        HostsViewModel hosts = new HostsViewModel(session.hosts(), session.agents(), tasks, dialogs);
        hosts.enabledProperty().bind(main.connectedProperty());
        watches.add(session.watchChanges("host", coalesced(hosts::reload)));
        areas.add(new HostsView(hosts));

        AuditViewModel audit = new AuditViewModel(session.audit(), tasks, dialogs, clock.getZone());
        audit.enabledProperty().bind(main.connectedProperty());
        areas.add(new AuditView(audit));

        return new Workspace(main, areas, watches);
    }

    /**
     * Hands a burst of change notifications to the UI thread as one refresh: while a refresh is
     * queued, further notifications add nothing.
     */
    private Runnable coalesced(Runnable uiAction) {
        AtomicBoolean queued = new AtomicBoolean();
        return () -> {
            if (queued.compareAndSet(false, true)) {
                tasks.runOnUiThread(() -> {
                    queued.set(false);
                    uiAction.run();
                });
            }
        };
    }
}
