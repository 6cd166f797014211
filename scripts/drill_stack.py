"""`make drill-stack`: the scale-out topology of `make stack`, tried as a launch day would.

Starts the stack if it is not running (and then stops it at the end), runs each step
against it on loopback and prints its figures; the whole drill is bounded in time
(`DRILL_MINUTES`, 25 by default). Steps:

1. fresh everywhere: a story changed and published through app server A, in each
   language, is served new by Varnish and by app server B, and so are its index, its
   feed and the sitemap; the delay is printed;
2. documents: one uploaded through A downloads through B and Varnish; one in a private
   collection is refused to anonymous visitors through all three;
3. an app server stopped and started again under wrk through Varnish: errors, req/s;
4. Redis stopped for 10 s under load: pages keep coming, form posts are refused;
5. the task worker killed, a module published (its pack's build queued), 20 requests
   for the pack, the worker started again: the pack built once;
6. throughput of home, story index and a story through Varnish and from one app server.

Actions go through HTTP (the admin is driven in Chromium); the ORM is used only to
find what to ask for and to count what was stored.
"""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from django.utils.html import escape

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".stack"
STACK = ROOT / "scripts" / "stack"
LANGUAGE_TIMEOUT = 10
WRK_SECONDS = int(os.environ.get("DRILL_WRK_SECONDS", "60"))
REDIS_OUTAGE_SECONDS = 10
FIGURES = []


def stack(*args):
    subprocess.run([str(STACK), *args], check=True)


def load_stack_environment():
    for line in (STATE / "env").read_text().splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        os.environ[name] = value
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def address(part):
    return f"http://127.0.0.1:{os.environ[f'STACK_{part.upper()}_PORT']}"


def report(step, text):
    line = f"[{step}] {text}"
    FIGURES.append(line)
    print(line, flush=True)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, method="GET", data=None, headers=None, opener=None):
    """(status, headers, body) of one request, redirects not followed, errors returned."""
    opener = opener or urllib.request.build_opener(NoRedirects)
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_until(check, timeout):
    """Seconds until `check()` holds, polling every 20 ms, or None after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if check():
            return time.monotonic() - start
        time.sleep(0.02)
    return None


def serves(url, text):
    """Whether `url` answers 200 with `text`, as HTML or XML writes it."""
    forms = {text, escape(text), xml_escape(text), xml_escape(text, {"'": "&#x27;"})}

    def check():
        status, _headers, body = fetch(url)
        return status == 200 and any(form.encode() in body for form in forms)

    return check


# 1 ─ fresh everywhere ────────────────────────────────────────────────────────────


def admin_browser(playwright, origin):
    browser = playwright.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    )
    page = browser.new_page(locale="es-ES")
    page.goto(f"{origin}/admin/login/")
    page.fill("#id_username", os.environ.get("ADMIN_USERNAME", "admin"))
    page.fill("#id_password", os.environ["ADMIN_PASSWORD"])
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{origin}/admin/")
    return browser, page


def publish_title(page, origin, page_id, title):
    page.goto(f"{origin}/admin/pages/{page_id}/edit/")
    page.fill("#id_title", title)
    page.locator("[data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/(edit/)?$"))


def sitemap_lastmod(origin):
    """When the sitemap says its pages last changed (its index's newest `lastmod`)."""
    return max(re.findall(rb"<lastmod>([^<]+)</lastmod>", fetch(f"{origin}/sitemap.xml")[2]))


def sitemap_changes(origin, lastmod_before):
    def check():
        return sitemap_lastmod(origin) != lastmod_before

    return check


def seconds_since(published, check):
    """Seconds from `published` until `check()` holds, or None if it never did."""
    if wait_until(check, LANGUAGE_TIMEOUT) is None:
        return None
    return time.monotonic() - published


def freshness(delays):
    missing = [name for name, delay in delays.items() if delay is None]
    if missing:
        return f"NOT within {LANGUAGE_TIMEOUT} s: {', '.join(missing)}"
    return f"(page, index, feed, sitemap) within {max(delays.values()):.2f} s"


def drill_fresh_everywhere(playwright):
    from stories.models import StoryPage

    origin_a, origin_b, varnish = address("app_a"), address("app_b"), address("varnish")
    newest = StoryPage.objects.live().filter(locale__language_code="es").newest_first().first()
    stories = [newest, *newest.get_translations().live().specific()]
    browser, page = admin_browser(playwright, origin_a)
    stamp = time.strftime("%H%M%S")
    try:
        for story in stories:
            language = story.locale.language_code
            path = story.get_url()
            index = story.get_parent().get_url()
            feed = f"{index}rss/"
            for origin in (varnish, origin_b):  # kept in Varnish and in the page cache
                for url in (path, index, feed):
                    fetch(origin + url)
            lastmod_before = sitemap_lastmod(varnish)
            title = f"{story.title.split(' · drill')[0]} · drill {stamp}"
            publish_title(page, origin_a, story.pk, title)
            published = time.monotonic()
            checks = {
                f"{name} {what}": serves(origin + url, title)
                for name, origin in (("Varnish", varnish), ("B", origin_b))
                for what, url in (("page", path), ("index", index), ("feed", feed))
            }
            checks["Varnish sitemap"] = sitemap_changes(varnish, lastmod_before)
            delays = {name: seconds_since(published, check) for name, check in checks.items()}
            report("fresh", f"{language}: {path} new on Varnish and B {freshness(delays)}")
    finally:
        browser.close()


# 2 ─ documents ────────────────────────────────────────────────────────────────────


def private_collection():
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name="Drill · private").first()
    if collection is None:
        collection = root.add_child(name="Drill · private")
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def upload_document(page, origin, path, collection):
    page.goto(f"{origin}/admin/documents/multiple/add/")
    if collection is not None:
        page.select_option("#id_adddocument_collection", str(collection.pk))
    page.locator("input[type=file]").set_input_files(str(path))
    page.locator(".upload-list .status-msg.success").first.wait_for(timeout=30_000)


def drill_documents(playwright):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    origins = {"A": address("app_a"), "B": address("app_b"), "Varnish": address("varnish")}
    browser, page = admin_browser(playwright, origins["A"])
    contents = {
        "drill-public": b"%PDF-1.4\n% Soleil drill, public\n%%EOF\n",
        "drill-private": b"%PDF-1.4\n% Soleil drill, private\n%%EOF\n",
    }
    with tempfile.TemporaryDirectory() as folder:
        try:
            for name, content in contents.items():
                path = Path(folder) / f"{name}.pdf"
                path.write_bytes(content)
                collection = private_collection() if name == "drill-private" else None
                upload_document(page, origins["A"], path, collection)
        finally:
            browser.close()
    for name, expected in contents.items():
        document = Document.objects.filter(title__startswith=name).latest("pk")
        answers = {}
        for origin_name, origin in origins.items():
            status, _headers, body = fetch(origin + document.url)
            answers[origin_name] = (status, body == expected if status == 200 else "")
        text = ", ".join(
            f"{origin}: {status}{' same bytes' if same else ''}"
            for origin, (status, same) in answers.items()
        )
        report("documents", f"{name} (stored {document.file.name}) to an anonymous visitor: {text}")


# 3, 4 ─ parts stopped under load ───────────────────────────────────────────────────


WRK_SCRIPT = """
counter = 0
paths = {%s}
request = function()
  counter = counter + 1
  local path = paths[(counter %% #paths) + 1]
  if counter %% 2 == 0 then
    path = path .. "?drill=" .. counter
  end
  return wrk.format("GET", path)
end
"""


def drill_paths():
    from home.models import HomePage
    from stories.models import StoryIndexPage, StoryPage

    home = HomePage.objects.live().get(locale__language_code="es")
    index = StoryIndexPage.objects.live().get(locale__language_code="es")
    story = StoryPage.objects.live().filter(locale__language_code="es").newest_first().first()
    return [home.get_url(), index.get_url(), story.get_url()]


def wrk(url, seconds, script=None, connections=16):
    """Starts wrk; `finish(process)` reads its figures."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    if script:
        command += ["-s", script]
    return subprocess.Popen([*command, url], stdout=subprocess.PIPE, text=True)


SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")


def wrk_figures(process):
    output = process.communicate()[0]
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = 0
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket:
        errors += sum(int(n) for n in socket.groups())
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if bad:
        errors += int(bad.group(1))
    return requests, rate, errors


def mixed_load_script(folder):
    script = Path(folder) / "mixed.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{path}"' for path in drill_paths()))
    return str(script)


def drill_app_server_stopped():
    with tempfile.TemporaryDirectory() as folder:
        load = wrk(address("varnish"), WRK_SECONDS, mixed_load_script(folder))
        time.sleep(WRK_SECONDS / 3)
        stack("stop", "app-a")
        stopped_at = time.monotonic()
        time.sleep(WRK_SECONDS / 3)
        stack("start", "app-a")
        restarted_after = time.monotonic() - stopped_at
        requests, rate, errors = wrk_figures(load)
    report(
        "app server down",
        f"{WRK_SECONDS} s of wrk through Varnish (half the requests past its cache), app "
        f"server A stopped for {restarted_after:.0f} s: {requests} requests, {errors} errors, "
        f"{rate:.0f} req/s",
    )


def form_post(origin, form_path):
    """Posts the get-involved form as a visitor would: its page first, for the CSRF
    cookie (Secure, so passed on by hand over the stack's plain HTTP)."""
    _status, headers, body = fetch(origin + form_path)
    cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    fields = {"csrfmiddlewaretoken": token.group(1).decode() if token else ""}
    for name in re.findall(rb'<(?:input|textarea)[^>]*name="([^"]+)"', body):
        name = name.decode()
        if name == "csrfmiddlewaretoken" or name.startswith("website"):
            continue
        fields.setdefault(name, "drill@example.org" if "mail" in name else "Drill")
    headers = {
        "Referer": origin + form_path,
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie.group(1) if cookie else ''}",
    }
    return fetch(origin + form_path, "POST", urllib.parse.urlencode(fields).encode(), headers)[0]


def drill_redis_stopped():
    from engagement.models import GetInvolvedPage

    form = GetInvolvedPage.objects.live().get(locale__language_code="es").get_url()
    with tempfile.TemporaryDirectory() as folder:
        load = wrk(address("varnish"), 3 * REDIS_OUTAGE_SECONDS, mixed_load_script(folder))
        time.sleep(REDIS_OUTAGE_SECONDS)
        stack("stop", "redis")
        time.sleep(1)
        posts = [form_post(address("app_b"), form) for _ in range(3)]
        time.sleep(REDIS_OUTAGE_SECONDS - 1)
        stack("start", "redis")
        requests, rate, errors = wrk_figures(load)
    report(
        "redis down",
        f"{3 * REDIS_OUTAGE_SECONDS} s of wrk through Varnish, Redis stopped for "
        f"{REDIS_OUTAGE_SECONDS} s: {requests} requests, {errors} errors, {rate:.0f} req/s; "
        f"form posts during the outage answered {posts}",
    )


# 5 ─ the worker killed with a pack queued ───────────────────────────────────────────


def pack_builds_logged(module):
    log = (STATE / "logs" / "worker.log").read_text(errors="replace")
    return log.count(f"module pack built: module-packs/{module.pk}/")


def drill_worker_killed(playwright):
    """The worker killed, a module published through A (its pack's build is queued),
    20 teachers asking for the new pack, then the worker started again."""
    from curriculum.models import ModulePage

    module = ModulePage.objects.live().filter(locale__language_code="fr").first()
    pack = f"{address('varnish')}{module.get_url()}pack/"
    os.killpg(int((STATE / "worker.pid").read_text()), signal.SIGKILL)
    browser, page = admin_browser(playwright, address("app_a"))
    try:
        publish_title(page, address("app_a"), module.pk, module.title)
    finally:
        browser.close()
    answers = [fetch(pack)[0] for _ in range(20)]
    builds_before = pack_builds_logged(module)
    stack("start", "worker")
    built = wait_until(lambda: fetch(pack)[0] == 200, 120)
    time.sleep(2)
    builds = pack_builds_logged(module) - builds_before
    report(
        "worker killed",
        f"a module published while the worker was dead; 20 requests for its new pack "
        f"answered {sorted(set(answers))}; worker started again: pack served after "
        f"{'NEVER' if built is None else format(built, '.1f') + ' s'}, built {builds} time(s)",
    )


# 6 ─ throughput ───────────────────────────────────────────────────────────────────────


def drill_throughput():
    for path in drill_paths():
        for name in ("varnish", "app_a"):
            fetch(address(name) + path)
        through_varnish = wrk_figures(wrk(address("varnish") + path, 10))
        from_gunicorn = wrk_figures(wrk(address("app_a") + path, 10))
        report(
            "throughput",
            f"{path}: Varnish {through_varnish[1]:.0f} req/s ({through_varnish[2]} errors), "
            f"one gunicorn {from_gunicorn[1]:.0f} req/s ({from_gunicorn[2]} errors): "
            f"× {through_varnish[1] / max(from_gunicorn[1], 1):.1f}",
        )


def run_drill():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        drill_fresh_everywhere(playwright)
        drill_documents(playwright)
        drill_app_server_stopped()
        drill_redis_stopped()
        drill_worker_killed(playwright)
    drill_throughput()


def out_of_time(*args):
    raise TimeoutError("The drill ran out of time (DRILL_MINUTES).")


def main():
    started_here = not (STATE / "env").exists()
    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(int(os.environ.get("DRILL_MINUTES", "25")) * 60)
    began = time.monotonic()
    try:
        if started_here:
            stack("up")
        load_stack_environment()
        run_drill()
    finally:
        signal.alarm(0)
        if started_here:
            stack("down")
    print(f"\nmake drill-stack: {time.monotonic() - began:.0f} s")
    print("\n".join(FIGURES))


if __name__ == "__main__":
    main()
