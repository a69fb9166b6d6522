package uncloud.client.domain;

/** The state staff want a VM in; the agent makes the host match. */
public enum VmState {
    RUNNING,
    STOPPED
}
