package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's postal address for bills; {@code country} is an ISO 3166 alpha-2 code (it decides VAT). At
 * most one address per customer is active.
 */
public record BillingAddress(
        long id,
        long customerId,
        String fullName,
        String organization,
        String street,
        String postalCode,
        String city,
        String country,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public BillingAddress {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }

    /** An active address not stored yet; {@code organization} may be null. */
    public static BillingAddress create(
            long customerId,
            String fullName,
            String organization,
            String street,
            String postalCode,
            String city,
            String country) {
        return new BillingAddress(
                0, customerId, fullName, organization, street, postalCode, city, country, true, null, null, 0);
    }

    public BillingAddress withActive(boolean newActive) {
        return new BillingAddress(
                id,
                customerId,
                fullName,
                organization,
                street,
                postalCode,
                city,
                country,
                newActive,
                createdAt,
                updatedAt,
                version);
    }

    /** The copy frozen into a final bill. */
    public AddressSnapshot snapshot() {
        return new AddressSnapshot(fullName, organization, street, postalCode, city, country);
    }
}
