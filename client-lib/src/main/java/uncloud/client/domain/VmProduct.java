package uncloud.client.domain;

/** The size of the VM a {@link ProductKind#VM} product sells. */
public record VmProduct(long productId, int cores, int ramMib, int diskGib) {}
