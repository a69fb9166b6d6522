package uncloud.client.domain;

import java.time.Instant;
import java.util.Objects;

/** A person who logged in at least once; {@code ldapUid} is unique. */
public record Customer(
        long id,
        String ldapUid,
        String name,
        String email,
        boolean staff,
        Instant createdAt,
        Instant updatedAt,
        int version) {
    public Customer {
        Objects.requireNonNull(ldapUid, "ldapUid");
        Objects.requireNonNull(name, "name");
    }

    /** A customer not stored yet (id 0, version 0); {@code email} may be null. */
    public static Customer create(String ldapUid, String name, String email, boolean staff) {
        return new Customer(0, ldapUid, name, email, staff, null, null, 0);
    }

    public Customer withName(String newName) {
        return new Customer(id, ldapUid, newName, email, staff, createdAt, updatedAt, version);
    }

    public Customer withEmail(String newEmail) {
        return new Customer(id, ldapUid, name, newEmail, staff, createdAt, updatedAt, version);
    }

    public Customer withStaff(boolean newStaff) {
        return new Customer(id, ldapUid, name, email, newStaff, createdAt, updatedAt, version);
    }
}
