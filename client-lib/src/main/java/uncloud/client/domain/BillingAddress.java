package uncloud.client.domain;

/** Where a bill goes; a final bill keeps a frozen copy of the address it was finalised with. */
public record BillingAddress(
        String fullName, String organization, String street, String postalCode, String city, String country) {}
