vcl 4.1;

# Soleil behind Varnish 7.1: anonymous pages cached for as long as the app says
# (`s-maxage`, from CDN_MAX_AGE), purged by Wagtail's frontend-cache app when
# content changes, and app servers that can be stopped one at a time without a
# visitor seeing an error.
#
# What differs from one deployment to the next lives in `backends.vcl`, beside
# this file: the app servers and their health probe, who may purge, and which
# address is the TLS proxy. VCL cannot read the environment, and an include is
# the one way to change those without editing this file. The `backends.vcl` in
# the repository describes the loopback stack (`make stack`: Varnish on
# 127.0.0.1:8100, gunicorn on 127.0.0.1:8101 and 127.0.0.1:8102). For other
# addresses, put this file (a copy or a symbolic link) in a folder with a
# `backends.vcl` of your own: Varnish reads "./backends.vcl" from the folder of
# the file that includes it, not from the working directory. docs/deploy.md
# shows both, and tests/deploy/test_varnish.py writes its own.
#
# Run with:  varnishd -a 127.0.0.1:8100 -f /path/to/soleil.vcl -s malloc,256m
# The path after -f must be absolute (varnishd looks a relative one up in its
# vcl_path); `varnishd -C -f "$PWD/deploy/varnish/soleil.vcl"` checks a change.
#
# Varnish must be reachable only by the TLS proxy and the purgers (listen on
# loopback or a private network): it trusts the forwarding headers of the
# addresses in `tls_proxy`.

import cookie;
import directors;
import std;

sub vcl_init {
    # A shard director rather than round-robin: a retry with alt=bereq.retries
    # is guaranteed to go to another app server, whereas round-robin's shared
    # turn can hand it back to the server that just refused the connection when
    # other requests arrive in between. Keys are drawn per request, so the load
    # still spreads evenly.
    new app = directors.shard();
    call soleil_backends;
    app.reconfigure();
}

# After vcl_init, since its subroutine adds backends to the director made there.
include "./backends.vcl";

sub vcl_recv {
    # Wagtail purges with the Host of the page's site ("soleil.example.org", no
    # default port, lower case); visitors' requests must land on the same hash.
    if (req.http.Host) {
        set req.http.Host = std.tolower(regsub(req.http.Host, ":(80|443)$", ""));
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }

    if (client.ip ~ tls_proxy) {
        # Varnish appends the proxy's own address to X-Forwarded-For; the app
        # reads the last hop as the visitor (rate limits, login throttling), so
        # that hop is dropped and the proxy's view of the visitor stays last.
        if (req.http.X-Forwarded-For ~ ",") {
            set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, "\s*,[^,]*$", "");
        }
    } else {
        # Production settings trust X-Forwarded-Proto; only the TLS proxy may set it.
        unset req.http.X-Forwarded-Proto;
    }

    set req.backend_hint = app.backend(resolve=LAZY);

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, and Wagtail's previews inside it, are per editor; a monitor
    # asking for /health/ must reach an app server every time.
    if (req.url ~ "^/(admin|health)(/|$)" || req.http.Authorization) {
        return (pass);
    }

    if (req.http.Cookie) {
        # Only Django's cookies are read by the app; analytics and the like
        # would otherwise make every visitor's request look personal.
        cookie.parse(req.http.Cookie);
        cookie.keep("sessionid,messages,csrftoken,django_language");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
        # A session (an editor, an unlocked private page) or a pending message
        # makes the page personal, as the app's own page cache decides. A
        # csrftoken alone does not: it stays once a visitor has seen the
        # Get involved form, and passing every later request would leave them
        # uncached for a year; the app marks any page that uses the token
        # private, so it is never stored, and the token still reaches the app.
        if (cookie.isset("sessionid") || cookie.isset("messages")) {
            return (pass);
        }
    }

    # Stale pages are served while a fresh copy is fetched only for a moment
    # past s-maxage; when every app server is down, for as long as grace lasts.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # Each request draws its own key; it is kept in a header because a retry
    # gets a new xid, and alt= only means "another server" for the same key.
    if (bereq.retries == 0) {
        set bereq.http.X-Soleil-Shard = bereq.xid;
    }
    set bereq.backend = app.backend(by=KEY, key=app.key(bereq.http.X-Soleil-Shard), alt=bereq.retries);
}

sub vcl_backend_response {
    # Only reads are repeated: a form posted twice would be stored twice.
    if (beresp.status >= 500 && bereq.retries == 0 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # The app says "public" on exactly what is the same for every anonymous
    # visitor (core/page_cache.py); anything else, and anything that sets a
    # cookie, is personal or an error, whatever Varnish's own defaults think.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(?i)\bpublic\b"
        || beresp.http.Cache-Control ~ "(?i)\b(private|no-store|no-cache)\b"
        || beresp.http.Vary == "*") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Pages hold absolute links built from the scheme the app was asked with.
    if (beresp.http.Vary) {
        set beresp.http.Vary = beresp.http.Vary + ", X-Forwarded-Proto";
    } else {
        set beresp.http.Vary = "X-Forwarded-Proto";
    }
    if (beresp.ttl > 0s) {
        set beresp.grace = 6h;
    } else {
        # CDN_MAX_AGE=0: every request asks the app again. Varnish drops an
        # object fresh for no time at all; fresh for a millisecond it is kept,
        # so it asks with the page's ETag and the app answers 304, no body.
        set beresp.ttl = 1ms;
        set beresp.grace = 0s;
    }
    set beresp.keep = 1h;
    return (deliver);
}

sub vcl_backend_error {
    # A server being stopped refuses connections until its probe notices;
    # one more try, on another server, hides that from the visitor.
    if (bereq.retries == 0 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
