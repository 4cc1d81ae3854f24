package dossier.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Gives every theme asset a name that carries a hash of its content ({@code style.css} becomes
 * {@code assets/style.1a2b3c4d5e.css}), so that a browser or GitHub Pages' cache can never serve
 * an old stylesheet or script with a new page.
 */
final class AssetNames {
    private static final int HASH_CHARACTERS = 10;

    private AssetNames() {
    }

    /** Each asset's plain name to its fingerprinted site path. */
    static SortedMap<String, String> of(Map<String, byte[]> assets) {
        SortedMap<String, String> names = new TreeMap<>();
        assets.forEach((name, bytes) -> names.put(name, Theme.ASSETS + "/" + fingerprinted(name, bytes)));
        return names;
    }

    static String fingerprinted(String name, byte[] bytes) {
        String hash = HexFormat.of().formatHex(sha256(bytes)).substring(0, HASH_CHARACTERS);
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
