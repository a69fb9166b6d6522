package uncloud.app.products;

import java.util.List;

/** What a product is, and the extra attributes each kind carries (the product's child table). */
public enum ProductKind {
    VM("Virtual machine", List.of(Attribute.CORES, Attribute.RAM_MIB, Attribute.DISK_GIB)),
    VPN("VPN network", List.of(Attribute.SUBNETWORK_SIZE)),
    DISK("Disk", List.of(Attribute.DISK_GIB)),
    GENERIC("Other", List.of());

    /** A whole-number attribute with its allowed range. */
    public enum Attribute {
        CORES("CPU cores", 1, 256),
        RAM_MIB("RAM (MiB)", 128, 4194304),
        DISK_GIB("Disk (GiB)", 1, 1048576),
        SUBNETWORK_SIZE("Subnetwork size (prefix length)", 1, 128);

        private final String label;
        private final int min;
        private final int max;

        Attribute(String label, int min, int max) {
            this.label = label;
            this.min = min;
            this.max = max;
        }

        public String label() {
            return label;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }
    }

    private final String label;
    private final List<Attribute> attributes;

    ProductKind(String label, List<Attribute> attributes) {
        this.label = label;
        this.attributes = attributes;
    }

    public String label() {
        return label;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return label;
    }
}
