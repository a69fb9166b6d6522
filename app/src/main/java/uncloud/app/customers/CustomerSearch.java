package uncloud.app.customers;

import java.util.List;
import uncloud.client.domain.Customer;

/** Finds customers from what a person typed; blocking, so callers run it in the background. */
@FunctionalInterface
public interface CustomerSearch {
    /**
     * At most {@code limit} customers: the one whose number (id) {@code text} is, if it is a whole number,
     * then those whose name contains {@code text} (ignoring case), by name.
     */
    List<Customer> matching(String text, int limit);
}
