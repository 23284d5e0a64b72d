package io.proofline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import io.proofline.media.MediaConfig;
import io.proofline.storage.BlobStore;

/**
 * Fetches a file from an HTTP(S) URL into the blob store, safe against server-side request forgery: the host is
 * resolved once by our own resolver, which refuses internal addresses (see {@link AddressPolicy}), and the connection
 * goes to exactly the addresses it checked, so a DNS answer that changes between check and connect (rebinding) changes
 * nothing. Redirects are followed by hand, each hop checked again. Size and time are bounded, and the body streams to
 * the store without being held in memory.
 */
@ApplicationScoped
public class UrlDownloader {

    @Inject
    IngestConfig config;

    @Inject
    MediaConfig mediaConfig;

    @Inject
    BlobStore blobs;

    private AddressPolicy policy;
    private ScheduledExecutorService deadlines;

    @PostConstruct
    void init() {
        IngestConfig.UrlImport settings = config.urlImport();
        policy = new AddressPolicy(settings.allowedHosts().orElse(List.of()),
                settings.allowedNetworks().orElse(List.of()));
        deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "url-import-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
    }

    /** The URL when it is an absolute http or https URL with a host; empty otherwise. */
    public static Optional<URI> httpUrl(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Downloads the URL into the blob store under the key; returns the number of bytes stored. A
     * {@link DownloadFailedException} says why the URL cannot be imported; any other IOException is the blob store's.
     */
    public long download(String url, String key) throws IOException {
        URI current = httpUrl(url).orElseThrow(() -> new DownloadFailedException("not a valid HTTP URL"));
        IngestConfig.UrlImport settings = config.urlImport();
        long limit = maxSize();
        Duration timeout = settings.timeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        DnsResolver resolver = new CheckingResolver(policy);
        try (PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultConnectionConfig(
                        ConnectionConfig.custom().setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.readTimeout())).build())
                .build();
                CloseableHttpClient client = HttpClients.custom().setConnectionManager(connections)
                        .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                        .disableContentCompression().disableAuthCaching().setUserAgent("Proofline-URL-import/1")
                        .setDefaultRequestConfig(
                                RequestConfig.custom().setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                        .build()) {
            for (int hop = 0;; hop++) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw tooSlow(timeout);
                }
                HttpGet get = new HttpGet(current);
                ScheduledFuture<?> cancel = deadlines.schedule(() -> get.cancel(), remaining, TimeUnit.NANOSECONDS);
                try {
                    URI from = current;
                    return client.execute(get, response -> {
                        try {
                            return handle(from, response, key, limit, deadline, timeout);
                        } catch (IOException | RuntimeException e) {
                            // drop the connection: closing the response normally would read the rest of its body
                            get.cancel();
                            throw e;
                        }
                    });
                } catch (Redirect redirect) {
                    if (hop + 1 > settings.maxRedirects()) {
                        throw new DownloadFailedException(
                                "The URL redirected more than " + settings.maxRedirects() + " times.");
                    }
                    current = redirect.location;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                } catch (DownloadFailedException e) {
                    throw e;
                } catch (AddressPolicy.RefusedAddressException e) {
                    throw new DownloadFailedException(e.getMessage(), e);
                } catch (IOException e) {
                    if (System.nanoTime() - deadline >= 0 || get.isCancelled()) {
                        throw tooSlow(timeout);
                    }
                    throw new DownloadFailedException(describe(current, e, settings), e);
                } finally {
                    cancel.cancel(false);
                }
            }
        }
    }

    /** Thrown by the response handler to follow a redirect without reading its body. */
    private static final class Redirect extends IOException {

        final URI location;

        Redirect(URI location) {
            super("redirect to " + location);
            this.location = location;
        }
    }

    /** Stores the body of a 200; throws {@link Redirect} for a redirect, DownloadFailedException for anything else. */
    private long handle(URI url, ClassicHttpResponse response, String key, long limit, long deadline, Duration timeout)
            throws IOException {
        int status = response.getCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            Header location = response.getFirstHeader("Location");
            if (location == null || location.getValue() == null || location.getValue().isBlank()) {
                throw new DownloadFailedException(
                        "The URL answered with a redirect (HTTP " + status + ") without a Location.");
            }
            URI next;
            try {
                next = url.resolve(new URI(location.getValue().trim()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new DownloadFailedException("The URL redirected to an invalid location.");
            }
            throw new Redirect(httpUrl(next.toString()).orElseThrow(
                    () -> new DownloadFailedException("The URL redirected to a location that is not an HTTP URL.")));
        }
        if (status != 200) {
            throw new DownloadFailedException("The URL answered with HTTP status " + status + ".");
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new DownloadFailedException("The URL answered without a body.");
        }
        if (entity.getContentLength() > limit) {
            throw tooBig(limit);
        }
        InputStream body = new GuardedStream(entity.getContent(), limit, deadline, timeout);
        long stored;
        try {
            stored = blobs.put(key, body);
        } catch (DownloadFailedException e) {
            throw e;
        } catch (IOException e) {
            // the blob store failed, not the download: let the job retry
            throw new UncheckedIOException(e);
        }
        body.close();
        return stored;
    }

    private static String describe(URI url, IOException e, IngestConfig.UrlImport settings) {
        if (e instanceof UnknownHostException) {
            return "The URL's host " + url.getHost() + " is not known.";
        }
        if (e instanceof ConnectTimeoutException) {
            return "Could not connect to " + url.getHost() + " within " + settings.connectTimeout().toSeconds() + " s.";
        }
        if (e instanceof HttpHostConnectException) {
            return "Could not connect to " + url.getHost() + ".";
        }
        if (e instanceof SocketTimeoutException) {
            return "The server at " + url.getHost() + " did not answer within " + settings.readTimeout().toSeconds()
                    + " s.";
        }
        return "The download from " + url.getHost() + " failed: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static DownloadFailedException tooBig(long limit) {
        return GuardedStream.tooBig(limit);
    }

    private static DownloadFailedException tooSlow(Duration timeout) {
        return GuardedStream.tooSlow(timeout);
    }

    public long maxSize() {
        return config.urlImport().maxSize().orElse(mediaConfig.maxUploadSize()).asLongValue();
    }

    /** The only DNS lookup of a download: checks every address it hands to the connection. */
    private record CheckingResolver(AddressPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
