package uncloud.app.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.common.QueuedTaskRunner;
import uncloud.app.testing.InMemoryCustomerDirectory;
import uncloud.client.ConnectionException;
import uncloud.client.domain.Customer;

class CustomerPickerViewModelTest {
    private final InMemoryCustomerDirectory directory =
            new InMemoryCustomerDirectory("Acme AG", "Brücke GmbH", "Acme Labs", "Rack 2 GmbH");
    private final CustomerPickerViewModel picker =
            new CustomerPickerViewModel(directory, new CurrentThreadTaskRunner());

    private static List<String> labels(List<Customer> customers) {
        return customers.stream()
                .map(customer -> CustomerRef.label(customer.id(), customer.name()))
                .collect(Collectors.toList());
    }

    @Test
    void partOfANameFindsTheMatchingCustomersByName() {
        picker.textProperty().set("acme");

        assertThat(labels(picker.matches())).containsExactly("Acme AG (#1)", "Acme Labs (#3)");
        assertThat(picker.pickedProperty().get()).isNull();
        assertThat(picker.error()).contains(CustomerPickerViewModel.PICK_A_CUSTOMER);
    }

    @Test
    void aNumberFindsTheCustomerWithThatNumberFirstThenNamesContainingIt() {
        picker.textProperty().set("2");

        assertThat(labels(picker.matches())).containsExactly("Brücke GmbH (#2)", "Rack 2 GmbH (#4)");
    }

    @Test
    void pickingAMatchHoldsThatCustomerAndShowsItsNameAndNumber() {
        picker.textProperty().set("labs");

        picker.pick(picker.matches().get(0));

        assertThat(picker.pickedProperty().get()).isEqualTo(new CustomerRef(3, "Acme Labs"));
        assertThat(picker.textProperty().get()).isEqualTo("Acme Labs (#3)");
        assertThat(picker.matches()).isEmpty();
        assertThat(picker.statusProperty().get()).isEqualTo(CustomerPickerViewModel.TYPE_FOR_ANOTHER);
        assertThat(picker.error()).isEmpty();
        assertThat(directory.searches()).containsExactly("labs"); // showing the pick searched nothing
    }

    @Test
    void typingAfterAPickDropsThePick() {
        picker.textProperty().set("labs");
        picker.pick(picker.matches().get(0));

        picker.textProperty().set("Acme Labs (#3");

        assertThat(picker.pickedProperty().get()).isNull();
        assertThat(picker.error()).contains(CustomerPickerViewModel.PICK_A_CUSTOMER);
    }

    @Test
    void enterPicksTheOnlyMatchButNotOneOfSeveral() {
        picker.textProperty().set("acme");
        assertThat(picker.pickOnlyMatch()).isFalse();
        assertThat(picker.pickedProperty().get()).isNull();

        picker.textProperty().set("acme l");
        assertThat(picker.pickOnlyMatch()).isTrue();
        assertThat(picker.pickedProperty().get()).isEqualTo(new CustomerRef(3, "Acme Labs"));
    }

    @Test
    void noMatchIsSaidAndClearingTheFieldAsksNothing() {
        picker.textProperty().set("zürich");
        assertThat(picker.matches()).isEmpty();
        assertThat(picker.statusProperty().get()).isEqualTo("No customer matches \"zürich\".");

        picker.textProperty().set("  ");

        assertThat(picker.statusProperty().get()).isEqualTo(CustomerPickerViewModel.TYPE_TO_SEARCH);
        assertThat(directory.searches()).containsExactly("zürich");
    }

    @Test
    void aFailedSearchIsSaidUnderTheField() {
        CustomerPickerViewModel offline = new CustomerPickerViewModel(
                (text, limit) -> {
                    throw new ConnectionException("The database does not answer.");
                },
                new CurrentThreadTaskRunner());

        offline.textProperty().set("acme");

        assertThat(offline.statusProperty().get())
                .isEqualTo("Customers could not be searched: The database does not answer.");
        assertThat(offline.searchingProperty().get()).isFalse();
    }

    @Test
    void aFixedCustomerIsShownAndTypingCannotChangeIt() {
        picker.fix(new CustomerRef(2, "Brücke GmbH"));

        picker.textProperty().set("acme");
        picker.pick(new Customer(1, "uid1", "Acme AG", null, false, null, null, 0));

        assertThat(picker.pickedProperty().get()).isEqualTo(new CustomerRef(2, "Brücke GmbH"));
        assertThat(picker.fixedProperty().get()).isTrue();
        assertThat(directory.searches()).isEmpty();
    }

    @Test
    void typingIsDebouncedSoOnlyTheLastKeystrokeReachesTheServer() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        CustomerPickerViewModel typed = new CustomerPickerViewModel(directory, tasks);

        typed.textProperty().set("a");
        typed.textProperty().set("ac");
        typed.textProperty().set("acm");
        assertThat(typed.searchingProperty().get()).isTrue();
        assertThat(typed.statusProperty().get()).isEqualTo(CustomerPickerViewModel.SEARCHING);
        for (int i = 0; i < 3; i++) {
            tasks.finish(i);
        }

        assertThat(tasks.delays()).containsOnly(Duration.ofMillis(250));
        assertThat(tasks.cancelled()).containsExactly(true, true, false);
        assertThat(directory.searches()).containsExactly("acm");
        assertThat(labels(typed.matches())).containsExactly("Acme AG (#1)", "Acme Labs (#3)");
        assertThat(typed.searchingProperty().get()).isFalse();
    }

    @Test
    void anAnswerForOlderTypingThatArrivesLateNeverReplacesTheNewerMatches() {
        QueuedTaskRunner tasks = new QueuedTaskRunner();
        CustomerPickerViewModel typed = new CustomerPickerViewModel(directory, tasks);
        typed.textProperty().set("acme");
        typed.textProperty().set("brü");

        tasks.finishAsIfNotCancelled(1);
        tasks.finishAsIfNotCancelled(0);

        assertThat(labels(typed.matches())).containsExactly("Brücke GmbH (#2)");
        assertThat(typed.pickOnlyMatch()).isTrue();
    }
}
