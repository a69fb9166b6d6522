package uncloud.client.domain;

/** The role of a host running the agent. */
public enum HostKind {
    HYPERVISOR,
    VPN
}
