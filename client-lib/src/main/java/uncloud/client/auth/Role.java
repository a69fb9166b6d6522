package uncloud.client.auth;

/** What a logged-in person may do: staff run the provider, customers see their own things. */
public enum Role {
    STAFF,
    CUSTOMER
}
