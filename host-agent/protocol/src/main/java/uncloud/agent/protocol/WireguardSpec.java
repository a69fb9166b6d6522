package uncloud.agent.protocol;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One WireGuard interface of a VPN host.
 *
 * @param addresses the interface's own addresses with prefix length, like {@code 2a0a:e5c1:200::1/40}
 * @param privateKey the interface's private key (base64); never logged, never echoed back
 */
public record WireguardSpec(int listenPort, List<String> addresses, String privateKey, List<WireguardPeer> peers) {
    public WireguardSpec {
        Checks.range("listenPort", listenPort, 1, 65535);
        addresses = Checks.list("addresses", addresses);
        for (int i = 0; i < addresses.size(); i++) {
            Checks.required("addresses[" + i + "]", addresses.get(i));
            String address = addresses.get(i);
            int slash = address.indexOf('/');
            if (slash < 0) {
                throw new ProtocolViolation(
                        "addresses[" + i + "]", "addresses[" + i + "] needs a prefix length, like 2a0a:e5c1:200::1/40");
            }
            // An interface address may have host bits; check it as the /128 or /32 it names.
            String host = address.substring(0, slash);
            Checks.prefix("addresses[" + i + "]", host + (host.contains(":") ? "/128" : "/32"));
            String length = address.substring(slash + 1);
            int max = host.contains(":") ? 128 : 32;
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > max) {
                throw new ProtocolViolation(
                        "addresses[" + i + "]", "addresses[" + i + "] prefix length must be 0 to " + max);
            }
        }
        Checks.wireguardKey("privateKey", privateKey);
        peers = Checks.list("peers", peers);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < peers.size(); i++) {
            if (!keys.add(peers.get(i).publicKey())) {
                throw new ProtocolViolation(
                        "peers[" + i + "].publicKey", "peer " + peers.get(i).publicKey() + " is listed twice");
            }
        }
    }

    @Override
    public String toString() {
        return "WireguardSpec[listenPort=" + listenPort + ", addresses=" + addresses + ", privateKey=(hidden), peers="
                + peers + "]";
    }
}
