package com.arworkbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source file as the user named it (uploads live under temp names), with its size and SHA-256
 * so an auditor can prove which file a workbook was made from.
 */
public record SourceFile(Path path, String displayName, long sizeBytes, String sha256) {

    public static SourceFile of(Path path, String displayName) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        String name = displayName == null || displayName.isBlank() ? path.getFileName().toString() : displayName;
        return new SourceFile(path, name, size, HexFormat.of().formatHex(digest.digest()));
    }
}
