package uncloud.agent.protocol;

/** A VM network interface: the bridge its tap joins and its MAC; the tap's name follows from VM id and index. */
public record VmNic(String bridge, String mac) {
    public VmNic {
        Checks.interfaceName("bridge", bridge);
        Checks.mac("mac", mac);
    }
}
