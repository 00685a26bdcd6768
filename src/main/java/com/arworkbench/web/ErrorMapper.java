package com.arworkbench.web;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.UnsupportedFormatException;
import com.arworkbench.request.RequestException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a request threw into the JSON answer a client can act on, by the exception's type:
 * the file's problem (415, 422, the columns to choose), a request the request layer refused (400),
 * a size limit (413), a client that went away, a malformed body (400), and only then our own fault
 * (500, logged). The one exception Jetty gives no type of its own is named in {@link #isSizeLimit}.
 */
final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final long maxUploadBytes;

    ErrorMapper(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * POI's advice: a hostile file may raise any Throwable, even StackOverflowError. Errors bypass
     * the exception mappers (Jetty would answer with an HTML 500), so they become a JSON 422 here;
     * the request's memory is released with it and the server stays up.
     */
    static io.javalin.http.Handler contained(io.javalin.http.Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (StackOverflowError e) {
                throw new ApiException(422, "File cannot be used", "The file is nested too deeply to be read safely.");
            } catch (OutOfMemoryError e) {
                throw new ApiException(422, "File cannot be used", "Reading the file needed more memory than the server "
                        + "may use: it is far larger when expanded than it looks, or the server needs a larger -Xmx.");
            }
        };
    }

    void map(Exception e, Context ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedFormatException u) {
                Responses.error(ctx, 415, "Unsupported file", u.getMessage());
                return;
            }
            if (t instanceof AmbiguousMappingException a) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", "Choose the columns");
                body.put("detail", a.getMessage());
                body.put("uncertain", uncertain(a));
                try {
                    Responses.json(ctx, 422, body);
                } catch (IOException io) {
                    Responses.error(ctx, 422, "Choose the columns", a.getMessage());
                }
                return;
            }
            if (t instanceof UnreadableFileException u) {
                Responses.error(ctx, 422, "File cannot be used", u.getMessage());
                return;
            }
            if (t instanceof RequestException r) {
                Responses.error(ctx, 400, r.title(), r.getMessage());
                return;
            }
            if (t instanceof ApiException a) {
                Responses.error(ctx, a.status(), a.error(), a.getMessage());
                return;
            }
            if (isSizeLimit(t)) {
                Responses.error(ctx, 413, "File too large", "Uploads are limited to " + Responses.size(maxUploadBytes)
                        + " (start the server with --max-upload-mb to change it).");
                return;
            }
        }
        if (clientWentAway(e)) {
            // The client hung up mid-upload or mid-download: nothing to answer, nothing to log as a failure.
            LOG.info("{} {}: the client closed the connection before the exchange finished", ctx.method(), ctx.path());
            Responses.error(ctx, 400, "Upload interrupted", "The connection closed before the whole request was received.");
            return;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BadMessageException b) {
                Responses.error(ctx, 400, "Bad request", "The multipart/form-data body could not be read: " + b.getMessage());
                return;
            }
        }
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        Responses.error(ctx, 500, "Internal error", "Something went wrong on our side (" + e.getClass().getSimpleName()
                + "). The server log has the details.");
    }

    /**
     * Jetty's multipart parser reports a part over its limit only as an IllegalStateException ("max file
     * size exceeded: N", "max request size exceeded"), so that one type is recognised by its own words.
     * Uploads with a Content-Length are refused before parsing (see WebServer's guard).
     */
    private static boolean isSizeLimit(Throwable t) {
        String m = t.getMessage();
        return t instanceof IllegalStateException && m != null
                && (m.startsWith("max file size exceeded") || m.startsWith("max request size exceeded"));
    }

    /** An early end of the request body, or a write to a client that is gone. */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof EofException || c instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** The uncertain fields for the page: [{field, label, candidates}]; a candidate is a header text or a position. */
    static List<Map<String, Object>> uncertain(AmbiguousMappingException e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AmbiguousMappingException.Choice c : e.choices()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", c.field().key());
            m.put("label", c.field().label());
            m.put("candidates", c.candidates());
            out.add(m);
        }
        return out;
    }
}
