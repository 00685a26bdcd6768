package com.arworkbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A source file as the user named it (uploads live under temp names), with its size and SHA-256
 * so an auditor can prove which file a workbook was made from. The hash is computed on a thread of its own
 * while the file is being read (a second of a big export's run otherwise); {@link #sha256()} waits for it.
 */
public final class SourceFile {

    private final Path path;
    private final String displayName;
    private final long sizeBytes;
    private final CompletableFuture<String> sha256;

    private SourceFile(Path path, String displayName, long sizeBytes, CompletableFuture<String> sha256) {
        this.path = path;
        this.displayName = displayName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public static SourceFile of(Path path, String displayName) throws IOException {
        long size = Files.size(path);
        String name = displayName == null || displayName.isBlank() ? path.getFileName().toString() : displayName;
        CompletableFuture<String> hash = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                hash.complete(hash(path));
            } catch (Throwable e) {
                hash.completeExceptionally(e);
            }
        }, "arw-sha256");
        t.setDaemon(true);
        t.start();
        return new SourceFile(path, name, size, hash);
    }

    private static String hash(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Path path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** The file's SHA-256 in hex; waits until it is computed. */
    public String sha256() {
        try {
            return sha256.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("could not read " + displayName + " to hash it", io);
            }
            throw e;
        }
    }
}
