package uncloud.client.internal.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import uncloud.client.ConflictException;
import uncloud.client.ConnectionException;
import uncloud.client.UncloudException;
import uncloud.client.ValidationException;

/**
 * Turns PostgreSQL errors into the library's exceptions with messages a person understands. Guards in
 * triggers raise SQLSTATE class {@code UC} with a message already written for staff; named constraints
 * get their message from {@link #CONSTRAINT_MESSAGES}.
 */
public final class SqlErrors {
    private static final Map<String, String> CONSTRAINT_MESSAGES = Map.ofEntries(
            Map.entry("customer_ldap_uid_unique", "a customer with this LDAP uid already exists"),
            Map.entry("customer_ldap_uid_not_blank", "a customer needs an LDAP uid"),
            Map.entry("customer_email_shape", "the e-mail address is not valid (name@domain)"),
            Map.entry(
                    "billing_address_one_active",
                    "the customer already has an active billing address:" + " deactivate it first"),
            Map.entry("billing_address_country_iso", "the country must be an ISO 3166 two-letter code such as CH"),
            Map.entry("product_name_unique", "a product with this name already exists"),
            Map.entry("product_name_not_blank", "a product needs a name"),
            Map.entry("product_one_time_price_not_negative", "the one-time price cannot be negative"),
            Map.entry("product_recurring_price_not_negative", "the recurring price cannot be negative"),
            Map.entry("product_one_time_has_no_recurring_price", "a one-time product has no recurring price"),
            Map.entry("vm_product_is_a_vm_product", "VM attributes belong to a product of kind vm"),
            Map.entry("vpn_product_is_a_vpn_product", "VPN attributes belong to a product of kind vpn"),
            Map.entry("disk_product_is_a_disk_product", "disk attributes belong to a product of kind disk"),
            Map.entry("orders_one_time_price_not_negative", "the one-time price cannot be negative"),
            Map.entry("orders_recurring_price_not_negative", "the recurring price cannot be negative"),
            Map.entry("orders_ends_after_start", "an order cannot end before it starts"),
            Map.entry("orders_one_time_has_no_recurring_price", "a one-time order has no recurring price"),
            Map.entry("orders_replaces_id_unique", "that order has already been replaced by another order"),
            Map.entry("orders_not_replacing_itself", "an order cannot replace itself"),
            Map.entry("bill_number_unique", "another bill already has this number"),
            Map.entry("bill_total_is_subtotal_plus_vat", "a bill's total must be its subtotal plus VAT"),
            Map.entry("bill_final_has_number", "a final bill needs a number"),
            Map.entry("bill_final_has_billing_address", "a final bill needs a copy of the billing address"),
            Map.entry("bill_record_one_per_order", "the bill already has a record for this order"),
            Map.entry("host_fqdn_unique", "a host with this name already exists"),
            Map.entry("host_fqdn_shape", "the host name must be a fully qualified lower-case domain name"),
            Map.entry("host_agent_url_https", "the agent URL must start with https://"),
            Map.entry(
                    "host_agent_cert_sha256_hex",
                    "the agent certificate fingerprint must be 64 hex digits" + " (SHA-256)"),
            Map.entry("host_ssh_host_key_shape", "the SSH host key must be one OpenSSH public key line"),
            Map.entry("vpn_pool_no_overlap", "this pool overlaps an existing pool"),
            Map.entry(
                    "vpn_pool_subnetwork_fits",
                    "the subnetwork size must be longer than the pool's prefix" + " and fit its address family"),
            Map.entry("vpn_pool_port_unique_per_host", "another pool on this host already listens on this port"),
            Map.entry("vpn_pool_wireguard_key_shape", "the WireGuard public key must be 44 characters of base64"),
            Map.entry("vpn_network_no_overlap", "this network overlaps a network already handed out"),
            Map.entry("vpn_network_wireguard_key_shape", "the WireGuard public key must be 44 characters of base64"),
            Map.entry("vm_interface_mac_unique", "another interface already has this MAC address"),
            Map.entry("vm_interface_index_unique", "the VM already has an interface with this index"),
            Map.entry("vm_interface_bridge_name", "a bridge name has 1 to 15 letters, digits, '.', '_' or '-'"),
            Map.entry("firewall_rule_port_range_order", "the port range must run from low to high"),
            Map.entry("firewall_rule_ports_need_tcp_or_udp", "ports apply only to tcp or udp rules"));

    private SqlErrors() {}

    public static UncloudException translate(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return new ConnectionException("the database did not answer in time: " + e.getMessage(), e);
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException ? ((PSQLException) e).getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
        String constraint = server == null ? null : server.getConstraint();
        if (state.startsWith("UC")) {
            return new ConflictException(message, e);
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return new ConnectionException("lost the connection to the database: " + message, e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ConnectionException("the database refused the login: check user and password", e);
        }
        if (state.equals("3D000")) {
            return new ConnectionException("the database does not exist: " + message, e);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new ConflictException("another change to the same data happened at the same time: try again", e);
        }
        if (state.equals("23503")) {
            return new ConflictException(foreignKeyMessage(server, message), e);
        }
        if (state.startsWith("23")) {
            String known = constraint == null ? null : CONSTRAINT_MESSAGES.get(constraint);
            if (known != null) {
                return new ConflictException(known, e);
            }
            if (state.equals("23502") && server != null && server.getColumn() != null) {
                return new ConflictException(server.getTable() + "." + server.getColumn() + " needs a value", e);
            }
            return new ConflictException("the data refuses this change: " + message, e);
        }
        if (state.startsWith("22")) {
            return new ValidationException("invalid value: " + message);
        }
        return new UncloudException("database error: " + message, e);
    }

    private static String foreignKeyMessage(ServerErrorMessage server, String message) {
        String detail = server == null || server.getDetail() == null ? "" : server.getDetail();
        if (detail.contains("is still referenced from table")) {
            String table = detail.replaceAll(".*is still referenced from table \"?([a-z_]+)\"?.*", "$1");
            return "still in use by " + table.replace('_', ' ') + ": remove or end those first";
        }
        if (detail.contains("is not present in table")) {
            String table = detail.replaceAll(".*is not present in table \"?([a-z_]+)\"?.*", "$1");
            return "the referenced " + table.replace('_', ' ') + " does not exist";
        }
        return "the data refuses this change: " + message;
    }
}
