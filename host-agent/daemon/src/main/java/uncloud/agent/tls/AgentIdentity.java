package uncloud.agent.tls;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The agent's key and self-signed certificate; the console pins the certificate's fingerprint. */
public record AgentIdentity(PrivateKey key, X509Certificate certificate) {
    public static final String KEY_FILE = "agent-key.pem";
    public static final String CERTIFICATE_FILE = "agent-cert.pem";

    public static AgentIdentity generate(String hostName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=uncloud-agent " + hostName.replaceAll("[,=+<>#;\"\\\\]", "_"));
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(127, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    subject,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new AgentIdentity(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the agent's certificate: " + e.getMessage(), e);
        }
    }

    public String sha256() {
        return Fingerprints.sha256(certificate);
    }

    /** Writes key (readable by the owner only) and certificate as PEM files into {@code dir}. */
    public void save(Path dir) throws IOException {
        Path keyFile = dir.resolve(KEY_FILE);
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(keyFile, pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null)));
        Files.writeString(dir.resolve(CERTIFICATE_FILE), pem(certificate));
    }

    public static AgentIdentity load(Path dir) throws IOException {
        try (PEMParser keyParser = new PEMParser(new StringReader(Files.readString(dir.resolve(KEY_FILE))));
                PEMParser certParser =
                        new PEMParser(new StringReader(Files.readString(dir.resolve(CERTIFICATE_FILE))))) {
            Object keyObject = keyParser.readObject();
            PrivateKey key = keyObject instanceof org.bouncycastle.openssl.PEMKeyPair pair
                    ? new JcaPEMKeyConverter().getKeyPair(pair).getPrivate()
                    : new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) keyObject);
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate((org.bouncycastle.cert.X509CertificateHolder) certParser.readObject());
            return new AgentIdentity(key, certificate);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException("cannot read the agent's key or certificate in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A TLS 1.3 context that presents this identity and accepts only the pinned console certificate. */
    public SSLContext serverContext(String consoleSha256) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("agent", key, password, new X509Certificate[] {certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), new TrustManager[] {new PinnedClientTrustManager(consoleSha256)}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static String pem(Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(value);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "AgentIdentity[" + sha256() + "]";
    }
}
