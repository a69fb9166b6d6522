package uncloud.app.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.testing.InMemoryCustomerDirectory;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.domain.Order;

class CustomersViewModelTest {
    private final CustomersViewModel customers = new CustomersViewModel(
            new InMemoryCustomerDirectory("Anna Muster", "Beat Beispiel", "Carla Probe"),
            new CurrentThreadTaskRunner(),
            new RecordingDialogService());

    CustomersViewModelTest() {
        customers.customers().reload();
    }

    @Test
    void selectingACustomerShowsTheirAddressAndTheirOrders() {
        customers
                .customers()
                .selectedProperty()
                .set(customers.customers().rows().get(2));

        assertThat(customers.addressProperty().get()).isEqualTo("Customer 3\nBahnhofstrasse 1\n8001 Zürich\nCH");
        assertThat(customers.orders().rows().stream().map(Order::id).collect(Collectors.toList()))
                .containsExactly(301L, 302L, 303L);
    }

    @Test
    void aCustomerWithoutAddressSaysSoAndSwitchingReplacesTheHoldings() {
        customers
                .customers()
                .selectedProperty()
                .set(customers.customers().rows().get(2));
        customers
                .customers()
                .selectedProperty()
                .set(customers.customers().rows().get(1));

        assertThat(customers.addressProperty().get()).isEqualTo("No active billing address.");
        assertThat(customers.orders().rows()).hasSize(2);
    }

    @Test
    void withNoCustomerSelectedTheHoldingsAreEmpty() {
        customers
                .customers()
                .selectedProperty()
                .set(customers.customers().rows().get(0));
        customers.customers().selectedProperty().set(null);

        assertThat(customers.orders().rows()).isEmpty();
        assertThat(customers.addressProperty().get()).isEmpty();
    }
}
