"""Apps lean on one another one way only, as the README's "Imports run one way" says:
a change to an app can break only the apps above it, and no circle forms.

An app reaches another through an import or by naming its model in a string
(`"stories.StoryPage"`). Two lists of names are not arrows: a page's
`parent_page_types` (where it may be created) and the search's `SEARCHABLE_TYPES`
(which leaves out a type whose app is not installed). What an app takes from another
app (other than `core`) is its models: a helper two apps need lives in `core`.
"""

import ast
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONTENT_APPS = {"stories", "curriculum", "events", "engagement"}
MAY_USE = {
    "core": set(),
    "stories": {"core"},
    "curriculum": {"core", "stories"},  # case studies are success stories
    "events": {"core", "stories"},  # participating initiatives are success stories
    "engagement": {"core"},
    "campaigns": {"core"} | CONTENT_APPS,
    "sectors": {"core"} | CONTENT_APPS,
    "search": {"core"} | CONTENT_APPS,
    "observatory": {"core", "stories", "curriculum", "events"},  # counts the content apps
    "opendata": {"core", "stories", "curriculum", "events"},  # their pages as open data
    "home": {"core", "campaigns", "sectors", "search", "observatory", "opendata"} | CONTENT_APPS,
    "backups": {"core", "curriculum"},  # the fingerprint counts the downloads
}
MODEL_NAME = re.compile(rf"^({'|'.join(MAY_USE)})\.[A-Z]\w*$")
NOT_ARROWS = {"parent_page_types", "SEARCHABLE_TYPES"}


def allowed_mentions(tree):
    """The string constants of the lists in `NOT_ARROWS`."""
    allowed = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in NOT_ARROWS for target in node.targets
        ):
            allowed |= {id(constant) for constant in ast.walk(node.value)}
    return allowed


def arrows(app):
    """(file and line, app used, module or model named) for each use of another app."""
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        allowed = allowed_mentions(tree)
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and MODEL_NAME.match(node.value)
                and id(node) not in allowed
            ):
                names = [node.value]
            else:
                continue
            for name in names:
                used = name.split(".")[0]
                if used in MAY_USE and used != app:
                    yield f"{where}:{node.lineno}", used, name


def test_apps_use_only_the_apps_below_them():
    wrong = [
        f"{where}: {app} uses {name}"
        for app in MAY_USE
        for where, used, name in arrows(app)
        if used not in MAY_USE[app]
    ]
    assert wrong == []


def test_an_app_takes_only_models_from_another_app():
    borrowed = [
        f"{where}: {app} imports {name}"
        for app in MAY_USE
        for where, used, name in arrows(app)
        if used != "core"
        and not MODEL_NAME.match(name)
        and name != f"{used}.models"
        and not name.startswith(f"{used}.models.")
    ]
    assert borrowed == []
