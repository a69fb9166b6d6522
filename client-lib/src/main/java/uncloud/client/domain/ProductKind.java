package uncloud.client.domain;

/** What a product sells; VM, VPN and disk products carry extra attributes in their own tables. */
public enum ProductKind {
    VM,
    VPN,
    DISK,
    GENERIC
}
