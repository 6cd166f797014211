"""HTTP as a visitor or an editor sends it, with urllib: redirects not followed, errors
returned as answers, cookies kept by hand (the production settings mark them Secure,
which a cookie jar would not send over the drill's plain HTTP)."""

import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url, method="GET", data=None, headers=None, timeout=30):
    """(status, headers, body); a refused connection is status 0."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except (urllib.error.URLError, OSError) as error:
        return 0, {}, str(error).encode()


def branded(body):
    """Whether an error body is the site's own page: its name, no traceback."""
    return b"Soleil" in body and b"Traceback" not in body and b'File "/' not in body


class Browser:
    """Cookies and the CSRF token, as a browser keeps them."""

    def __init__(self, origin):
        self.origin = origin
        self.cookies = {}

    def keep(self, headers):
        for header in headers.get_all("Set-Cookie") or [] if headers else []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]

    def request(self, path, method="GET", data=None, headers=None):
        headers = {**(headers or {}), "Accept-Language": "es"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers["Referer"] = self.origin + path
        status, answer, body = fetch(self.origin + path, method, data, headers)
        self.keep(answer)
        return status, answer, body

    def token(self, body):
        found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        return found.group(1).decode() if found else self.cookies.get("csrftoken", "")

    def post_form(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        kind = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request(path, "POST", data, kind)

    def log_in(self, username, password):
        _status, _headers, body = self.request("/admin/login/")
        fields = {
            "csrfmiddlewaretoken": self.token(body),
            "username": username,
            "password": password,
        }
        status, _headers, _body = self.post_form("/admin/login/", fields)
        if status != 302:
            raise RuntimeError(f"the admin login answered {status}")

    def upload(self, path, filename, content, content_type="application/pdf"):
        """A multipart POST of one file as Wagtail's multiple-upload page sends it."""
        _status, _headers, page = self.request(path)
        boundary = uuid.uuid4().hex
        parts = [
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
                f"\r\n\r\n{self.token(page)}\r\n"
            ).encode(),
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files[]"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode(),
            content,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
        kind = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "X-Requested-With": "XMLHttpRequest",
        }
        return self.request(path, "POST", b"".join(parts), kind)


def get_involved_fields(body, message):
    """Valid answers to the get-involved form from its HTML: the first choice of each
    radio group, every checkbox ticked, `message` in the text area, the honeypot empty."""
    fields = {}
    for tag in re.findall(rb"<(?:input|textarea)[^>]*>", body):
        name = re.search(rb'name="([^"]+)"', tag)
        if not name:
            continue
        name = name.group(1).decode()
        kind = re.search(rb'type="([^"]+)"', tag)
        kind = kind.group(1).decode() if kind else "textarea"
        value = re.search(rb'value="([^"]*)"', tag)
        if name == "website" or kind in ("hidden", "submit") and name != "csrfmiddlewaretoken":
            continue
        if kind == "radio":
            fields.setdefault(name, value.group(1).decode())
        elif kind == "checkbox":
            fields[name] = "on"
        elif kind == "email":
            fields[name] = "drill@example.org"
        elif name == "csrfmiddlewaretoken":
            fields[name] = value.group(1).decode()
        else:
            fields[name] = message if kind == "textarea" else "Drill"
    return fields


class Probe:
    """A visitor asking for one page every 100 ms in a thread: (start, end, status, body)."""

    def __init__(self, url, interval=0.1):
        self.url, self.interval, self.answers, self.running = url, interval, [], True

    def __call__(self):
        while self.running:
            start = time.monotonic()
            status, _headers, body = fetch(self.url, timeout=10)
            self.answers.append((start, time.monotonic(), status, body))
            time.sleep(max(0.0, self.interval - (time.monotonic() - start)))
