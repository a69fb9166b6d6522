package uncloud.agent.wireguard;

import uncloud.agent.protocol.WireguardPeer;
import uncloud.agent.protocol.WireguardSpec;

/** Renders the configuration {@code wg syncconf} reads (addresses are set with {@code ip}, not here). */
public final class WireguardRenderer {
    private WireguardRenderer() {}

    public static String render(WireguardSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append("[Interface]\n");
        out.append("PrivateKey = ").append(spec.privateKey()).append('\n');
        out.append("ListenPort = ").append(spec.listenPort()).append('\n');
        for (WireguardPeer peer : spec.peers()) {
            out.append("\n[Peer]\n");
            out.append("PublicKey = ").append(peer.publicKey()).append('\n');
            if (!peer.allowedIps().isEmpty()) {
                out.append("AllowedIPs = ")
                        .append(String.join(", ", peer.allowedIps()))
                        .append('\n');
            }
            if (peer.endpoint() != null) {
                out.append("Endpoint = ").append(peer.endpoint()).append('\n');
            }
        }
        return out.toString();
    }
}
