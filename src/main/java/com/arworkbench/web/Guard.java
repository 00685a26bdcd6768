package com.arworkbench.web;

/**
 * Runs before every request: the security headers for the page, the token on {@code /api/…} when the server has
 * one, and an upload whose declared length is over the limit refused before any of it is read.
 */
final class Guard {

    private final WebServer.Config config;

    Guard(WebServer.Config config) {
        this.config = config;
    }

    void check(io.javalin.http.Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/") && config.token() != null) {
            String given = ctx.header("X-Arw-Token");
            String auth = ctx.header("Authorization");
            if (given == null && auth != null && auth.startsWith("Bearer ")) {
                given = auth.substring(7).strip();
            }
            if (!config.token().equals(given)) {
                throw new ApiException(401, "Token required", "This server was started with a token; send it as "
                        + "'Authorization: Bearer <token>' or 'X-Arw-Token'.");
            }
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxUploadBytes() + 1024 * 1024) {
            throw new ApiException(413, "File too large", "The upload is " + Responses.size(length) + "; uploads are "
                    + "limited to " + Responses.size(config.maxUploadBytes())
                    + " (start the server with --max-upload-mb to change it).");
        }
    }
}
