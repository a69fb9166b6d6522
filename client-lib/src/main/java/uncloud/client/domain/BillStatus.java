package uncloud.client.domain;

/** A bill is a draft until finalised; a final bill never changes (corrections are credit notes). */
public enum BillStatus {
    DRAFT,
    FINAL
}
