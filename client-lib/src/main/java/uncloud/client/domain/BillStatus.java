package uncloud.client.domain;

/** A draft bill may still be regenerated; a final one never changes (corrections are credit notes). */
public enum BillStatus {
    DRAFT,
    FINAL
}
