package uncloud.app.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.TaskRunner;
import uncloud.app.customers.CustomerSearch;
import uncloud.app.table.ColumnSpec;
import uncloud.app.table.PagedTableViewModel;
import uncloud.app.table.SortOrder;

/**
 * The Orders area: the server-paged list, the selected order's replacement chain, and place, end
 * and replace.
 */
public final class OrdersViewModel {
    public static final String END = "End order";

    private final OrderBook orders;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final CustomerSearch customers;
    private final PagedTableViewModel<OrderRow> table;
    private final ObservableList<OrderRow> chain = FXCollections.observableArrayList();
    private final Command place;
    private final Command end;
    private final Command replace;
    private final Command refresh;
    private Consumer<OrderFormViewModel> openForm = form -> {};

    /** {@code customers} is searched by name or number in the order form's customer picker. */
    public OrdersViewModel(
            OrderBook orders, CustomerSearch customers, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        table = new PagedTableViewModel<>(orders, columns(clock), new SortOrder("id", false), tasks, dialogs);
        BooleanBinding openSelected = table.enabledProperty()
                .and(Bindings.createBooleanBinding(
                        () -> table.selectedProperty().get() != null
                                && table.selectedProperty().get().isOpen(),
                        table.selectedProperty()));
        place = new Command(() -> openForm.accept(form(null)), table.enabledProperty());
        end = new Command(this::endSelected, openSelected);
        replace =
                new Command(() -> openForm.accept(form(table.selectedProperty().get())), openSelected);
        refresh = new Command(table::refresh, table.enabledProperty());
        table.selectedProperty().addListener((observable, old, now) -> loadChain(now));
    }

    static List<ColumnSpec<OrderRow>> columns(Clock clock) {
        Function<Instant, String> time = instant -> instant == null
                ? ""
                : OrderFormViewModel.TIME.format(LocalDateTime.ofInstant(instant, clock.getZone()));
        return List.of(
                ColumnSpec.<OrderRow>sortable("id", "Id", order -> String.valueOf(order.id())),
                ColumnSpec.<OrderRow>sortable("customerName", "Customer", OrderRow::customerName)
                        .width(160),
                ColumnSpec.<OrderRow>plain("product", "Product", OrderRow::productName)
                        .width(140),
                ColumnSpec.<OrderRow>plain("description", "Description", OrderRow::description)
                        .width(220),
                ColumnSpec.<OrderRow>plain(
                        "one_time_price",
                        "One-time (CHF)",
                        order -> order.oneTimePrice().toString()),
                ColumnSpec.<OrderRow>sortable(
                        "recurringPrice",
                        "Recurring (CHF)",
                        order -> order.recurringPrice().toString()),
                ColumnSpec.<OrderRow>plain(
                        "period", "Period", order -> order.period().toString()),
                ColumnSpec.<OrderRow>sortable("startsAt", "Starts", order -> time.apply(order.startsAt()))
                        .width(150),
                ColumnSpec.<OrderRow>plain("ends_at", "Ends", order -> time.apply(order.endsAt()))
                        .width(150),
                ColumnSpec.<OrderRow>plain(
                        "replaces", "Replaces", order -> order.replacesId() == null ? "" : "#" + order.replacesId()));
    }

    OrderFormViewModel form(OrderRow replaced) {
        OrderFormViewModel form = new OrderFormViewModel(orders, customers, tasks, dialogs, clock, replaced);
        form.storedProperty().addListener((observable, old, stored) -> {
            table.selectedProperty().set(stored);
            table.refresh();
        });
        return form;
    }

    private void endSelected() {
        OrderRow order = table.selectedProperty().get();
        Instant lastSecond = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!dialogs.confirm(
                END,
                "Order " + order.id() + " (" + order.customerName() + ", " + order.description() + ") ends now, at "
                        + OrderFormViewModel.TIME.format(LocalDateTime.ofInstant(lastSecond, clock.getZone()))
                        + ". It is billed up to that second.",
                null,
                END)) {
            return;
        }
        tasks.run(BackgroundTask.of("End order", progress -> orders.end(order.id(), lastSecond))
                .onSuccess(ended -> {
                    table.selectedProperty().set(ended);
                    table.refresh();
                })
                .onError(failure -> dialogs.showError("Order not ended", failure.getMessage(), failure)));
    }

    private void loadChain(OrderRow order) {
        if (order == null) {
            chain.clear();
            return;
        }
        if (order.replacesId() == null && order.replacedById() == null) {
            chain.setAll(order);
            return;
        }
        long id = order.id();
        tasks.run(BackgroundTask.of("Load replacement chain", progress -> orders.chain(id))
                .onSuccess(found -> {
                    OrderRow selected = table.selectedProperty().get();
                    if (selected != null && selected.id() == id) {
                        chain.setAll(found);
                    }
                })
                .onError(failure -> chain.clear()));
    }

    /** How the view shows an order form (a window in the console, a capture in tests). */
    public void setFormOpener(Consumer<OrderFormViewModel> openForm) {
        this.openForm = openForm;
    }

    public PagedTableViewModel<OrderRow> table() {
        return table;
    }

    public ObservableList<OrderRow> replacementChain() {
        return chain;
    }

    public BooleanProperty enabledProperty() {
        return table.enabledProperty();
    }

    public void ordersChanged() {
        table.refresh();
    }

    public Command placeCommand() {
        return place;
    }

    public Command endCommand() {
        return end;
    }

    public Command replaceCommand() {
        return replace;
    }

    public Command refreshCommand() {
        return refresh;
    }
}
