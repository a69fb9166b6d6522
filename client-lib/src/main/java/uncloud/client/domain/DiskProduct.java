package uncloud.client.domain;

/** The size of the disk a {@link ProductKind#DISK} product sells. */
public record DiskProduct(long productId, int sizeGib) {}
