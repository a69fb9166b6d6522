package uncloud.app.customers;

import java.util.Objects;
import uncloud.client.domain.Customer;

/** A customer as a form holds it once picked: the number it stores and the name it shows. */
public record CustomerRef(long id, String name) {
    public CustomerRef {
        Objects.requireNonNull(name, "name");
    }

    public static CustomerRef of(Customer customer) {
        return new CustomerRef(customer.id(), customer.name());
    }

    /** How pickers and lists show a customer: "Beat Beispiel (#2)". */
    public static String label(long id, String name) {
        return name + " (#" + id + ")";
    }

    public String label() {
        return label(id, name);
    }
}
