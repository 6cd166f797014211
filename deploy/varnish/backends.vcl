# The loopback stack's app servers (`make stack`). For your own, copy this file
# beside soleil.vcl and change the addresses (docs/deploy.md, "Varnish").
# Included by soleil.vcl; not a VCL file on its own.

# /health/?part=database answers 200 when the app and its database respond, 503 otherwise.
# The shared cache (Redis) is left out: its outage is every server's at once, and the app
# rides it out, so it must not take them all out of rotation.
# The Host must be one of ALLOWED_HOSTS, and X-Forwarded-Proto says the request
# came through the TLS proxy, or SECURE_SSL_REDIRECT answers with a redirect.
probe soleil_health {
    .request =
        "GET /health/?part=database HTTP/1.1"
        "Host: localhost"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

backend app_8101 {
    .host = "127.0.0.1";
    .port = "8101";
    .probe = soleil_health;
}

backend app_8102 {
    .host = "127.0.0.1";
    .port = "8102";
    .probe = soleil_health;
}

sub soleil_backends {
    app.add_backend(app_8101);
    app.add_backend(app_8102);
}

# Who may send PURGE: every machine that runs the app or its task worker.
acl purgers {
    "localhost";
}

# The TLS proxy in front of Varnish, whose X-Forwarded-* headers are trusted.
acl tls_proxy {
    "localhost";
}
