package uncloud.client.internal.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import uncloud.client.UncloudException;

/**
 * An in-memory LDAP directory with the demo accounts: staff {@code alice} and {@code sam}, customers
 * {@code carol}, {@code dave} and {@code erin}, all with the password {@code demo}.
 */
public final class DemoDirectory {
    public static final String BASE_DN = "dc=uncloud,dc=demo";
    public static final String PEOPLE_DN = "ou=people," + BASE_DN;
    public static final String STAFF_GROUP_DN = "cn=staff,ou=groups," + BASE_DN;
    public static final String PASSWORD = "demo";

    /** A demo account, as the directory holds it. */
    public record Person(String uid, String name, String email, boolean staff) {
        public String dn() {
            return "uid=" + uid + "," + PEOPLE_DN;
        }
    }

    private DemoDirectory() {}

    public static List<Person> people() {
        return List.of(
                new Person("alice", "Alice Admin", "alice@uncloud.demo", true),
                new Person("sam", "Sam Support", "sam@uncloud.demo", true),
                new Person("carol", "Carol Customer", "carol@example.org", false),
                new Person("dave", "Dave Developer", "dave@example.org", false),
                new Person("erin", "Erin Engineer", "erin@example.net", false));
    }

    /** Starts a directory on an ephemeral loopback port, without TLS. */
    public static InMemoryDirectoryServer startOnLoopback() {
        try {
            return start(InMemoryListenerConfig.createLDAPConfig("demo", InetAddress.getLoopbackAddress(), 0, null));
        } catch (LDAPException e) {
            throw new UncloudException("Cannot start the demo directory: " + e.getMessage(), e);
        }
    }

    /** Starts a directory with the demo accounts on the given listeners (tests add TLS ones). */
    public static InMemoryDirectoryServer start(InMemoryListenerConfig... listeners) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(Arrays.asList(listeners));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add(
                    new Entry(BASE_DN, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "uncloud")));
            server.add(organizationalUnit("people"));
            server.add(organizationalUnit("groups"));
            for (Person person : people()) {
                server.add(new Entry(
                        person.dn(),
                        new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                        new Attribute("uid", person.uid()),
                        new Attribute("cn", person.name()),
                        new Attribute(
                                "sn", person.name().substring(person.name().indexOf(' ') + 1)),
                        new Attribute("mail", person.email()),
                        new Attribute("userPassword", PASSWORD)));
            }
            server.add(new Entry(
                    STAFF_GROUP_DN,
                    new Attribute("objectClass", "top", "groupOfNames"),
                    new Attribute("cn", "staff"),
                    new Attribute(
                            "member",
                            people().stream()
                                    .filter(Person::staff)
                                    .map(Person::dn)
                                    .toArray(String[]::new))));
            server.startListening();
            return server;
        } catch (LDAPException e) {
            throw new UncloudException("Cannot start the demo directory: " + e.getMessage(), e);
        }
    }

    /**
     * Gives every person not yet in the directory an account with the demo password, so any customer of
     * the sample data can log in. Staff-group membership stays with the named demo staff.
     */
    public static void addAccounts(InMemoryDirectoryServer server, List<Person> persons) {
        try {
            for (Person person : persons) {
                if (server.getEntry(person.dn()) == null) {
                    server.add(entry(person));
                }
            }
        } catch (LDAPException e) {
            throw new UncloudException("Cannot add the sample customers to the demo directory: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Person person) {
        Entry entry = new Entry(
                person.dn(),
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("uid", person.uid()),
                new Attribute("cn", person.name()),
                new Attribute("sn", person.name().substring(person.name().indexOf(' ') + 1)),
                new Attribute("userPassword", PASSWORD));
        if (!person.email().isEmpty()) {
            entry.addAttribute("mail", person.email());
        }
        return entry;
    }

    private static Entry organizationalUnit(String name) {
        return new Entry(
                "ou=" + name + "," + BASE_DN,
                new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", name));
    }
}
