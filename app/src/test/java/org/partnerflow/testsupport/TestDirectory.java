package org.partnerflow.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;

/**
 * A council's LDAP directory in-process for tests: UnboundID's in-memory server on a random port,
 * loaded from an LDIF on the test class path. Schema checks are off, so an entry may carry Active
 * Directory's attributes (memberOf, userAccountControl) beside OpenLDAP's.
 */
public final class TestDirectory {

    public static final String BASE = "dc=council,dc=test";

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static TestDirectory start(String ldifResource) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = TestDirectory.class.getResourceAsStream(ldifResource)) {
                if (ldif == null) {
                    throw new IllegalArgumentException("No LDIF at " + ldifResource);
                }
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            server.startListening();
            return new TestDirectory(server);
        } catch (Exception e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    /** The server's URL with the base, as Partnerflow is configured with it. */
    public String url() {
        return "ldap://localhost:" + server.getListenPort() + "/" + BASE;
    }

    /** Takes a person out of a group: their entry's memberOf and the group's member. */
    public void removeFromGroup(String userDn, String groupDn) throws Exception {
        server.modify(groupDn, new Modification(ModificationType.DELETE, "member", userDn));
        server.modify(userDn, new Modification(ModificationType.DELETE, "memberOf", groupDn));
    }

    /** Puts a person back in a group. */
    public void addToGroup(String userDn, String groupDn) throws Exception {
        server.modify(groupDn, new Modification(ModificationType.ADD, "member", userDn));
        server.modify(userDn, new Modification(ModificationType.ADD, "memberOf", groupDn));
    }

    public void stop() {
        server.shutDown(true);
    }
}
