package uncloud.app.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.customers.CustomerPickerViewModel;
import uncloud.app.customers.CustomerRef;
import uncloud.app.testing.InMemoryCustomerDirectory;
import uncloud.app.testing.InMemoryOrderBook;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.domain.Customer;
import uncloud.client.domain.Money;

class OrdersViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    private static final InMemoryCustomerDirectory CUSTOMERS =
            new InMemoryCustomerDirectory("Acme AG", "Brücke GmbH", "Acme Labs");

    private final InMemoryOrderBook book = InMemoryOrderBook.withSamples(5, Instant.parse("2026-01-01T00:00:00Z"));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final OrdersViewModel orders = new OrdersViewModel(
            book, CUSTOMERS, new CurrentThreadTaskRunner(), dialogs, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<OrderFormViewModel> forms = new ArrayList<>();

    OrdersViewModelTest() {
        orders.setFormOpener(forms::add);
        orders.table().reload();
    }

    private void select(long id) {
        orders.table().selectedProperty().set(book.get(id));
    }

    @Test
    void placingAnOrderStoresItAndSelectsIt() {
        orders.placeCommand().execute();
        OrderFormViewModel form = forms.get(0);
        form.customer().textProperty().set("labs");
        form.customer().pick(form.customer().matches().get(0));
        form.descriptionProperty().set("Backup disk 500 GiB");
        form.recurringPriceProperty().set("12.00");

        form.submitCommand().execute();

        OrderRow placed = book.get(6);
        assertThat(placed.customerId()).isEqualTo(3L);
        assertThat(placed.description()).isEqualTo("Backup disk 500 GiB");
        assertThat(placed.startsAt()).isEqualTo(NOW);
        assertThat(form.storedProperty().get()).isEqualTo(placed);
        assertThat(orders.table().selectedProperty().get()).isEqualTo(placed);
        assertThat(orders.table().rows().get(0)).isEqualTo(placed); // newest first
    }

    @Test
    void aNewOrderCannotBeSubmittedUntilACustomerIsPicked() {
        orders.placeCommand().execute();
        OrderFormViewModel form = forms.get(0);
        form.descriptionProperty().set("Backup disk 500 GiB");

        form.customer().textProperty().set("acme");
        assertThat(form.customer().matches().stream().map(Customer::name).collect(Collectors.toList()))
                .containsExactly("Acme AG", "Acme Labs");
        assertThat(form.firstError()).contains(CustomerPickerViewModel.PICK_A_CUSTOMER);
        assertThat(form.submitCommand().isExecutable()).isFalse();

        form.customer().pick(form.customer().matches().get(1));

        assertThat(form.firstError()).isEmpty();
        assertThat(form.submitCommand().isExecutable()).isTrue();
        assertThat(form.terms().customerId()).isEqualTo(3L);
    }

    @Test
    void aReplacementKeepsTheCustomerOfTheOrderItReplaces() {
        select(2);
        orders.replaceCommand().execute();
        OrderFormViewModel form = forms.get(0);

        assertThat(form.customer().fixedProperty().get()).isTrue();
        assertThat(form.customer().textProperty().get())
                .isEqualTo(
                        CustomerRef.label(book.get(2).customerId(), book.get(2).customerName()));
        assertThat(form.terms().customerId()).isEqualTo(book.get(2).customerId());
    }

    @Test
    void anOrderThatStartsBeforeTheOneItReplacesIsRefusedAtTheField() {
        select(2);
        orders.replaceCommand().execute();
        OrderFormViewModel form = forms.get(0);

        form.startsAtProperty().set("2025-12-31 00:00:00");

        assertThat(form.firstError())
                .contains("The replacement must start after the order it replaces (2026-01-01 02:00:00).");
        assertThat(form.submitCommand().isExecutable()).isFalse();
    }

    @Test
    void replacingShowsTheBillLinesBeforeAndAfterThenEndsTheOldOrderOneSecondEarlier() {
        select(2);
        orders.replaceCommand().execute();
        OrderFormViewModel form = forms.get(0);
        form.recurringPriceProperty().set("25.00");
        form.startsAtProperty().set("2026-04-01 00:00:00");

        form.previewCommand().execute();
        assertThat(form.billLinesBefore().stream().map(BillLine::recurring).collect(Collectors.toList()))
                .containsExactly(Money.of("12.00"));
        assertThat(form.billLinesAfter().stream().map(BillLine::recurring).collect(Collectors.toList()))
                .containsExactly(Money.of("12.00"), Money.of("25.00"));

        dialogs.answer(true);
        form.submitCommand().execute();

        assertThat(dialogs.last().kind()).isEqualTo("confirm:" + OrderFormViewModel.REPLACE);
        assertThat(book.get(2).endsAt()).isEqualTo(Instant.parse("2026-03-31T23:59:59Z"));
        assertThat(book.get(6).replacesId()).isEqualTo(2L);
        assertThat(orders.replacementChain().stream().map(OrderRow::id).collect(Collectors.toList()))
                .containsExactly(2L, 6L);
    }

    @Test
    void aReplacementWithoutStartLeavesTheStartToTheLibrarysDowngradeAndUpgradeRules() {
        select(2);
        orders.replaceCommand().execute();
        OrderFormViewModel form = forms.get(0);
        form.recurringPriceProperty().set("5.00");

        assertThat(form.startsAtProperty().get()).isEmpty();
        assertThat(form.firstError()).isEmpty();
        assertThat(form.terms().startsAt()).isNull();

        dialogs.answer(false);
        form.submitCommand().execute();
        assertThat(dialogs.last().message())
                .isEqualTo("Order 2 ends one second before the new order starts: for a downgrade at the end of its"
                        + " current period, for an upgrade now (Preview shows the dates). Prices of existing orders"
                        + " never change.");
        assertThat(book.get(2).isOpen()).isTrue();
    }

    @Test
    void changingTheTermsClearsAPreviewThatNoLongerMatches() {
        select(2);
        orders.replaceCommand().execute();
        OrderFormViewModel form = forms.get(0);
        form.startsAtProperty().set("2026-04-01 00:00:00");
        form.previewCommand().execute();
        assertThat(form.billLinesAfter()).hasSize(2);

        form.recurringPriceProperty().set("30.00");

        assertThat(form.billLinesBefore()).isEmpty();
        assertThat(form.billLinesAfter()).isEmpty();
    }

    @Test
    void replacingIsNotDoneWhenThePersonCancelsTheConfirmation() {
        select(2);
        orders.replaceCommand().execute();
        dialogs.answer(false);

        forms.get(0).submitCommand().execute();

        assertThat(book.get(2).isOpen()).isTrue();
        assertThat(forms.get(0).storedProperty().get()).isNull();
    }

    @Test
    void endingAnOrderAsksFirstAndEndsItNow() {
        select(3);
        dialogs.answer(true);

        orders.endCommand().execute();

        assertThat(dialogs.last().title()).isEqualTo(OrdersViewModel.END);
        assertThat(book.get(3).endsAt()).isEqualTo(NOW);
        assertThat(orders.endCommand().isExecutable()).isFalse(); // an ended order cannot end again
        assertThat(orders.replaceCommand().isExecutable()).isFalse();
    }
}
