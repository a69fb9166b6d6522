package uncloud.app.products;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import uncloud.app.common.BackgroundTask;
import uncloud.app.common.Command;
import uncloud.app.common.DialogService;
import uncloud.app.common.FieldRules;
import uncloud.app.common.TaskRunner;
import uncloud.client.ConflictException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;
import uncloud.client.domain.Money;

/**
 * The create/edit form of one product: text properties the fields bind to, validity from {@link
 * FieldRules}, a Save command that runs in the background, reload on an optimistic-lock conflict, and
 * a question before unsaved changes are dropped.
 */
public final class EditProductViewModel {
    public static final String SAVE = "Save product";
    public static final String DISCARD = "Discard changes";
    public static final String RELOAD = "Reload product";

    private final ProductCatalog catalog;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SimpleObjectProperty<Product> saved = new SimpleObjectProperty<>();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<ProductKind> kind = new SimpleObjectProperty<>(ProductKind.GENERIC);
    private final StringProperty oneTimePrice = new SimpleStringProperty("0.00");
    private final StringProperty recurringPrice = new SimpleStringProperty("0.00");
    private final ObjectProperty<BillingPeriod> period = new SimpleObjectProperty<>(BillingPeriod.PER_MONTH);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final Map<ProductKind.Attribute, StringProperty> attributes = new EnumMap<>(ProductKind.Attribute.class);
    private final SimpleBooleanProperty saving = new SimpleBooleanProperty();
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanBinding valid;
    private final Command save;

    private Product original;

    public EditProductViewModel(ProductCatalog catalog, TaskRunner tasks, DialogService dialogs) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        for (ProductKind.Attribute attribute : ProductKind.Attribute.values()) {
            attributes.put(attribute, new SimpleStringProperty(""));
        }
        ObservableValue<?>[] inputs = {name, description, kind, oneTimePrice, recurringPrice, period, active};
        valid = Bindings.createBooleanBinding(() -> firstError().isEmpty(), dependencies(inputs));
        for (ObservableValue<?> input : dependencies(inputs)) {
            input.addListener((observable, old, now) -> dirty.set(true));
        }
        save = new Command(this::save, valid.and(dirty).and(saving.not()));
    }

    private ObservableValue<?>[] dependencies(ObservableValue<?>[] inputs) {
        ObservableValue<?>[] all = new ObservableValue<?>[inputs.length + attributes.size()];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        int i = inputs.length;
        for (StringProperty attribute : attributes.values()) {
            all[i++] = attribute;
        }
        return all;
    }

    /** Fills the form from an existing product (editing) and marks it unchanged. */
    public void load(Product product) {
        original = product;
        name.set(product.name());
        description.set(product.description());
        kind.set(product.kind());
        oneTimePrice.set(product.oneTimePrice().toString());
        recurringPrice.set(product.recurringPrice().toString());
        period.set(product.period());
        active.set(product.active());
        attributes.forEach((attribute, text) ->
                text.set(Optional.ofNullable(product.attributes().get(attribute))
                        .map(String::valueOf)
                        .orElse("")));
        dirty.set(false);
    }

    public boolean isNew() {
        return original == null;
    }

    /** The first problem of the form, in field order; empty when it can be saved. */
    public Optional<String> firstError() {
        Optional<String> error = FieldRules.required("Name", name.get())
                .or(() -> FieldRules.money("One-time price", oneTimePrice.get()))
                .or(() -> FieldRules.money("Recurring price", recurringPrice.get()))
                .or(() -> recurringPriceFitsPeriod(recurringPrice.get(), period.get()));
        for (ProductKind.Attribute attribute : kind.get().attributes()) {
            error = error.or(
                    () -> attributeError(attribute, attributes.get(attribute).get()));
        }
        return error;
    }

    public static Optional<String> attributeError(ProductKind.Attribute attribute, String text) {
        return FieldRules.wholeNumber(attribute.label(), text, attribute.min(), attribute.max());
    }

    /** A one-time product charges nothing recurring; the database refuses it too. */
    public static Optional<String> recurringPriceFitsPeriod(String price, BillingPeriod period) {
        if (period == BillingPeriod.ONE_TIME
                && FieldRules.money("", price).isEmpty()
                && new BigDecimal(price.strip()).signum() != 0) {
            return Optional.of("A one-time product has a recurring price of 0.00.");
        }
        return Optional.empty();
    }

    private void save() {
        Product product = toProduct();
        saving.set(true);
        tasks.run(BackgroundTask.of("Save product", progress -> catalog.save(product))
                .onSuccess(stored -> {
                    original = stored;
                    dirty.set(false);
                    saved.set(stored);
                })
                .onError(ConflictException.class, this::offerReload)
                .onError(
                        ValidationException.class,
                        failure -> dialogs.showError("Product not saved", failure.getMessage(), failure))
                .onError(failure -> dialogs.showError("Product not saved", messageOf(failure), failure))
                .andFinally(() -> saving.set(false)));
    }

    private void offerReload(ConflictException conflict) {
        boolean reload = dialogs.confirm(
                "Someone else changed this product",
                "The product was changed in another console after you opened it. Reload it to see the"
                        + " current values; your changes in this form are then lost.",
                conflict.getMessage(),
                RELOAD);
        if (reload && original != null && original.id() != null) {
            long id = original.id();
            tasks.run(BackgroundTask.of("Reload product", progress -> catalog.get(id))
                    .onSuccess(this::load)
                    .onError(
                            failure -> dialogs.showError("Could not reload the product", messageOf(failure), failure)));
        }
    }

    /**
     * Asks what to do with unsaved changes before the form closes. True when it may close now (nothing
     * changed, or the person discarded); choosing Save saves, and the form closes once that succeeds.
     */
    public boolean mayClose() {
        if (!dirty.get()) {
            return true;
        }
        Optional<String> choice =
                dialogs.choose("Unsaved changes", "The product has changes that are not saved yet.", SAVE, DISCARD);
        if (choice.filter(DISCARD::equals).isPresent()) {
            return true;
        }
        if (choice.filter(SAVE::equals).isPresent()) {
            save.execute();
        }
        return false;
    }

    Product toProduct() {
        Map<ProductKind.Attribute, Integer> values = new EnumMap<>(ProductKind.Attribute.class);
        for (ProductKind.Attribute attribute : kind.get().attributes()) {
            values.put(
                    attribute, Integer.parseInt(attributes.get(attribute).get().strip()));
        }
        return new Product(
                original == null ? null : original.id(),
                original == null ? 0 : original.version(),
                name.get().strip(),
                description.get().strip(),
                kind.get(),
                Money.of(oneTimePrice.get().strip()),
                Money.of(recurringPrice.get().strip()),
                period.get(),
                active.get(),
                values);
    }

    private static String messageOf(Throwable failure) {
        return failure instanceof UncloudException || failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<ProductKind> kindProperty() {
        return kind;
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

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty attributeProperty(ProductKind.Attribute attribute) {
        return attributes.get(attribute);
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** The stored product after each successful save (the form closes on it). */
    public ReadOnlyObjectProperty<Product> savedProperty() {
        return saved;
    }

    public Command saveCommand() {
        return save;
    }
}
