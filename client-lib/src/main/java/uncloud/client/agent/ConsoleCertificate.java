package uncloud.client.agent;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import uncloud.client.ValidationException;

/** The console's client certificate and key, presented to every agent (which pins its fingerprint). */
public record ConsoleCertificate(X509Certificate certificate, PrivateKey key) {
    public ConsoleCertificate {
        if (certificate == null || key == null) {
            throw new ValidationException("the console certificate needs both certificate and private key");
        }
    }

    /** Reads a PEM certificate and an unencrypted PKCS#8 PEM key ({@code -----BEGIN PRIVATE KEY-----}). */
    public static ConsoleCertificate fromPem(String certificatePem, String keyPem) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new ValidationException("certificate", "the console certificate is not a PEM X.509 certificate");
        }
        String base64 =
                keyPem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("key", "the console key is not a PKCS#8 PEM private key");
        }
        for (String algorithm : List.of("EC", "RSA", "Ed25519")) {
            try {
                return new ConsoleCertificate(
                        certificate, KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new ValidationException("key", "the console key is not a PKCS#8 EC, RSA or Ed25519 private key");
    }

    @Override
    public String toString() {
        return "ConsoleCertificate[" + certificate.getSubjectX500Principal() + "]";
    }
}
