package org.partnerflow.identity;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.partnerflow.identity.DirectoryAccountDetails.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the council directory's password (LDAP or Active Directory), when
 * {@code partnerflow.ldap.url} is set: the name and password typed on the sign-in form are bound to
 * the directory (the password never reaches Partnerflow's store), and the entry's names, email and
 * groups go to {@link DirectorySignIn}, which brings the engine user and its memberships in line through
 * the same mapping table as browser single sign-on. Its claims are each group's DN and CN.
 *
 * <p>Not an {@link AuthenticationProvider} bean: Spring Security would then no longer use
 * {@link EngineIdentityAuthenticationProvider} on its own everywhere (engine REST's Basic included,
 * which stays with engine passwords). Only the sign-in form's chain uses {@link #signInForm()}.
 */
@Component
@ConditionalOnProperty(prefix = "partnerflow.ldap", name = "url")
@EnableConfigurationProperties(LdapSettings.class)
public class LdapSignIn {

    static final String DISABLED = "Your council account is disabled: ask your council's IT service desk.";
    static final String DIRECTORY_UNREACHABLE = "The council's directory could not be reached to check your password. Try again in a few minutes.";
    /** Active Directory's userAccountControl flag ACCOUNTDISABLE. */
    private static final int ACCOUNT_DISABLED = 0x2;
    private static final Logger LOG = LoggerFactory.getLogger(LdapSignIn.class);

    private final LdapSettings settings;
    private final DirectorySignIn directorySignIn;
    private final EngineIdentityAuthenticationProvider enginePasswords;
    private final LocalSignIn localSignIn;
    private final BindAuthenticator authenticator;
    private final SpringSecurityLdapTemplate directory;

    LdapSignIn(LdapSettings settings, DirectorySignIn directorySignIn, EngineIdentityAuthenticationProvider enginePasswords,
            LocalSignIn localSignIn) {
        this.settings = settings;
        this.directorySignIn = directorySignIn;
        this.enginePasswords = enginePasswords;
        this.localSignIn = localSignIn;
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(settings.url());
        if (settings.managerDn() != null) {
            source.setUserDn(settings.managerDn());
            source.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        }
        // AD's objectGUID is binary: read as bytes, not as a garbled string.
        source.setBaseEnvironmentProperties(Map.of("java.naming.ldap.attributes.binary", "objectGUID"));
        source.afterPropertiesSet();
        this.authenticator = new BindAuthenticator(source);
        if (settings.userDnPattern() != null) {
            authenticator.setUserDnPatterns(new String[] {settings.userDnPattern()});
        } else {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source));
        }
        // Every ordinary attribute, and the unchanging id, which servers return only when asked (entryUUID is operational).
        authenticator.setUserAttributes(new String[] {"*", settings.subjectAttribute()});
        this.directory = new SpringSecurityLdapTemplate(source);
        this.directory.setIgnorePartialResultException(true); // AD's referrals
    }

    /**
     * The sign-in form's authentication: the directory first; if it does not know the name or the
     * password is wrong, the engine's passwords, for those {@code partnerflow.local-sign-in} still lets
     * use one (the break-glass administrator); a refusal by the directory (disabled, left, no role)
     * stands. The chain must not put the engine's passwords behind it again (no parent manager): they
     * would answer a mistyped directory password with "password sign-in is turned off".
     */
    public AuthenticationProvider signInForm() {
        return new AuthenticationProvider() {
            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }

            @Override
            public Authentication authenticate(Authentication authentication) {
                return directoryThenEngine(authentication);
            }
        };
    }

    private Authentication directoryThenEngine(Authentication authentication) {
        String name = authentication.getName();
        try {
            return signIn(name, authentication.getCredentials());
        } catch (SignInRefused refused) {
            throw refused;
        } catch (AuthenticationException directoryFailed) {
            if (!localSignIn.allows(name == null ? null : name.strip())) {
                throw directoryUnreachable(directoryFailed) ? new SignInRefused(DIRECTORY_UNREACHABLE) : directoryFailed;
            }
            try {
                return enginePasswords.authenticate(authentication);
            } catch (BadCredentialsException wrong) {
                throw directoryUnreachable(directoryFailed) ? new SignInRefused(DIRECTORY_UNREACHABLE) : wrong;
            }
        }
    }

    private static boolean directoryUnreachable(AuthenticationException failure) {
        return failure instanceof AuthenticationServiceException;
    }

    /**
     * The directory's verdict on this name and password, then {@link DirectorySignIn}'s.
     *
     * @throws AuthenticationException    unknown to the directory or the wrong password (the engine's passwords may still be tried)
     * @throws SignInRefused              disabled in the directory, left, or no role mapped
     * @throws AuthenticationServiceException the directory could not be reached
     */
    Authentication signIn(String name, Object password) {
        if (name == null || name.isBlank() || password == null || password.toString().isEmpty()) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        String typed = name.strip();
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(typed, password.toString()));
        } catch (UsernameNotFoundException unknown) {
            // Said as a wrong password, as the engine's sign-in says it: the form tells no one which names exist.
            throw new BadCredentialsException("Wrong user name or password", unknown);
        } catch (NamingException unreachable) {
            // Not the person's fault; the engine's passwords (break-glass) are still tried.
            LOG.warn("The council directory could not be asked: {}", unreachable.getClass().getSimpleName());
            throw new AuthenticationServiceException("The council directory could not be reached", unreachable);
        }
        if (disabled(entry)) {
            throw new SignInRefused(DISABLED);
        }
        String userId = text(entry, settings.userIdAttribute());
        userId = (userId == null ? typed : userId).toLowerCase(Locale.ROOT);
        return directorySignIn.signIn(new DirectoryAccountDetails(Source.LDAP, subject(entry), userId, text(entry, "givenName"),
                text(entry, "sn"), text(entry, "mail"), groups(entry, typed)));
    }

    private static boolean disabled(DirContextOperations entry) {
        String control = entry.getStringAttribute("userAccountControl");
        if (control == null) {
            return false;
        }
        try {
            return (Integer.parseInt(control.strip()) & ACCOUNT_DISABLED) != 0;
        } catch (NumberFormatException unreadable) {
            return true; // a flag we cannot read is not taken as "enabled"
        }
    }

    private String subject(DirContextOperations entry) {
        Object id = entry.getObjectAttribute(settings.subjectAttribute());
        if (id instanceof byte[] bytes) {
            return settings.subjectAttribute() + ":" + HexFormat.of().formatHex(bytes);
        }
        if (id != null && !id.toString().isBlank()) {
            return settings.subjectAttribute() + ":" + id;
        }
        return "dn:" + entry.getNameInNamespace().toLowerCase(Locale.ROOT);
    }

    /** The DNs of the person's groups and their CNs: an administrator maps either. */
    private List<String> groups(DirContextOperations entry, String typed) {
        List<String> dns = new ArrayList<>();
        if (settings.groupSearchBase() != null) {
            for (Map<String, List<String>> group : directory.searchForMultipleAttributeValues(settings.groupSearchBase(),
                    settings.groupSearchFilter(), new String[] {entry.getNameInNamespace(), typed}, new String[] {"cn"})) {
                dns.addAll(group.getOrDefault(SpringSecurityLdapTemplate.DN_KEY, List.of()));
            }
        } else {
            String[] values = entry.getStringAttributes(settings.groupAttribute());
            if (values != null) {
                dns.addAll(List.of(values));
            }
        }
        Set<String> claims = new LinkedHashSet<>();
        for (String dn : dns) {
            claims.add(dn);
            cn(dn).ifPresent(claims::add);
        }
        return List.copyOf(claims);
    }

    private static java.util.Optional<String> cn(String dn) {
        try {
            List<Rdn> rdns = new LdapName(dn).getRdns();
            Rdn first = rdns.isEmpty() ? null : rdns.get(rdns.size() - 1);
            return first != null && first.getType().equalsIgnoreCase("cn") ? java.util.Optional.of(first.getValue().toString())
                    : java.util.Optional.empty();
        } catch (InvalidNameException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static String text(DirContextOperations entry, String attribute) {
        String value = entry.getStringAttribute(attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
