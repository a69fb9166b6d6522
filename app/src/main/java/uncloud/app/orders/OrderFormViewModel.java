package uncloud.app.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.FieldRules;
import uncloud.app.common.TaskRunner;
import uncloud.app.customers.CustomerPickerViewModel;
import uncloud.app.customers.CustomerRef;
import uncloud.app.customers.CustomerSearch;
import uncloud.app.products.BillingPeriod;
import uncloud.app.products.EditProductViewModel;
import uncloud.client.domain.Money;

/**
 * The form to place an order, or to replace one: terms, and for a replacement the bill lines of the
 * affected months before and after (from the billing preview), refreshed on demand. Prices are never
 * edited in place — a replacement is a new order.
 */
public final class OrderFormViewModel {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final String REPLACE = "Replace order";

    private final OrderBook orders;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final OrderRow replaced;
    private final CustomerPickerViewModel customer;
    private final StringProperty productId = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty oneTimePrice = new SimpleStringProperty("0.00");
    private final StringProperty recurringPrice = new SimpleStringProperty("0.00");
    private final ObjectProperty<BillingPeriod> period = new SimpleObjectProperty<>(BillingPeriod.PER_MONTH);
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final ObservableList<BillLine> before = FXCollections.observableArrayList();
    private final ObservableList<BillLine> after = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleObjectProperty<OrderRow> stored = new SimpleObjectProperty<>();
    private final BooleanBinding valid;
    private final Command submit;
    private final Command preview;

    /** A form for a new order ({@code replaced} null) or for the replacement of {@code replaced}. */
    public OrderFormViewModel(
            OrderBook orders,
            CustomerSearch customers,
            TaskRunner tasks,
            DialogService dialogs,
            Clock clock,
            OrderRow replaced) {
        this.orders = orders;
        this.customer = new CustomerPickerViewModel(customers, tasks);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.zone = clock.getZone();
        this.replaced = replaced;
        startsAt.set(TIME.format(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), zone)));
        if (replaced != null) {
            customer.fix(new CustomerRef(replaced.customerId(), replaced.customerName()));
            productId.set(replaced.productId() == null ? "" : String.valueOf(replaced.productId()));
            description.set(replaced.description());
            oneTimePrice.set("0.00");
            recurringPrice.set(replaced.recurringPrice().toString());
            period.set(replaced.period());
            startsAt.set(""); // the library's default start unless staff choose one
        }
        valid = Bindings.createBooleanBinding(
                () -> firstError().isEmpty(),
                customer.pickedProperty(),
                productId,
                description,
                oneTimePrice,
                recurringPrice,
                period,
                startsAt);
        submit = new Command(this::submit, valid.and(busy.not()));
        preview = new Command(this::preview, valid.and(busy.not()));
        if (replaced != null) {
            for (javafx.beans.Observable input :
                    new javafx.beans.Observable[] {oneTimePrice, recurringPrice, period, startsAt}) {
                input.addListener(observable -> {
                    before.clear();
                    after.clear();
                });
            }
        }
    }

    public boolean isReplacement() {
        return replaced != null;
    }

    public Optional<OrderRow> replacedOrder() {
        return Optional.ofNullable(replaced);
    }

    public Optional<String> firstError() {
        return customer.error()
                .or(() -> productId.get().isBlank()
                        ? Optional.empty()
                        : FieldRules.wholeNumber("Product id", productId.get(), 1, Integer.MAX_VALUE))
                .or(() -> FieldRules.required("Description", description.get()))
                .or(() -> FieldRules.money("One-time price", oneTimePrice.get()))
                .or(() -> FieldRules.money("Recurring price", recurringPrice.get()))
                .or(() -> EditProductViewModel.recurringPriceFitsPeriod(recurringPrice.get(), period.get()))
                .or(() -> startError(startsAt.get()));
    }

    public Optional<String> startError(String text) {
        if (replaced != null && (text == null || text.isBlank())) {
            return Optional.empty();
        }
        Optional<Instant> start = parse(text);
        if (start.isEmpty()) {
            return Optional.of("Start must be a time such as 2026-03-01 00:00:00.");
        }
        if (replaced != null && !start.get().isAfter(replaced.startsAt())) {
            return Optional.of("The replacement must start after the order it replaces ("
                    + TIME.format(LocalDateTime.ofInstant(replaced.startsAt(), zone)) + ").");
        }
        return Optional.empty();
    }

    private Optional<Instant> parse(String text) {
        try {
            return Optional.of(
                    LocalDateTime.parse(text.strip(), TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    OrderTerms terms() {
        return new OrderTerms(
                customer.pickedProperty().get().id(),
                productId.get().isBlank()
                        ? null
                        : Long.parseLong(productId.get().strip()),
                description.get().strip(),
                Money.of(oneTimePrice.get().strip()),
                Money.of(recurringPrice.get().strip()),
                period.get(),
                replaced != null && startsAt.get().isBlank()
                        ? null
                        : parse(startsAt.get()).orElseThrow());
    }

    /** Where the order's customer is picked; fixed to the replaced order's customer for a replacement. */
    public CustomerPickerViewModel customer() {
        return customer;
    }

    private void preview() {
        OrderTerms terms = terms();
        busy.set(true);
        tasks.run(BackgroundTask.of("Preview replacement", progress -> orders.previewReplacement(replaced.id(), terms))
                .onSuccess(result -> {
                    before.setAll(result.before());
                    after.setAll(result.after());
                })
                .onError(failure -> dialogs.showError("No preview", failure.getMessage(), failure))
                .andFinally(() -> busy.set(false)));
    }

    private void submit() {
        OrderTerms terms = terms();
        if (replaced != null
                && !dialogs.confirm(
                        REPLACE,
                        replacementSummary(terms) + " Prices of existing orders never change.",
                        null,
                        REPLACE)) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(
                        replaced == null ? "Place order" : "Replace order",
                        progress -> replaced == null ? orders.place(terms) : orders.replace(replaced.id(), terms))
                .onSuccess(stored::set)
                .onError(failure -> dialogs.showError(
                        replaced == null ? "Order not placed" : "Order not replaced", failure.getMessage(), failure))
                .andFinally(() -> busy.set(false)));
    }

    private String replacementSummary(OrderTerms terms) {
        if (terms.startsAt() == null) {
            return "Order " + replaced.id() + " ends one second before the new order starts: for a downgrade at"
                    + " the end of its current period, for an upgrade now (Preview shows the dates).";
        }
        return "Order " + replaced.id() + " ends at "
                + TIME.format(LocalDateTime.ofInstant(terms.startsAt().minusSeconds(1), zone))
                + " and the new order starts one second later.";
    }

    /** The empty start field's hint: a replacement may leave it blank for the library's default. */
    public String startPrompt() {
        return replaced == null ? "" : "default: downgrade at period end, upgrade now";
    }

    public StringProperty productIdProperty() {
        return productId;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty oneTimePriceProperty() {
        return oneTimePrice;
    }

    public StringProperty recurringPriceProperty() {
        return recurringPrice;
    }

    public ObjectProperty<BillingPeriod> periodProperty() {
        return period;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public ObservableList<BillLine> billLinesBefore() {
        return before;
    }

    public ObservableList<BillLine> billLinesAfter() {
        return after;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The order once placed (or the replacement once stored); the form closes on it. */
    public ReadOnlyObjectProperty<OrderRow> storedProperty() {
        return stored;
    }

    public Command submitCommand() {
        return submit;
    }

    public Command previewCommand() {
        return preview;
    }
}
