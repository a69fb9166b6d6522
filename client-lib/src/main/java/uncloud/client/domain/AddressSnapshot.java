package uncloud.client.domain;

import java.util.Objects;

/** A billing address as it was when a bill became final (stored as JSON on the bill). */
public record AddressSnapshot(
        String fullName, String organization, String street, String postalCode, String city, String country) {
    public AddressSnapshot {
        Objects.requireNonNull(country, "country");
    }
}
