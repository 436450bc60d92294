"""Project-wide invariants: migrations match the models, and Django's checks are clean."""

import io
import re

import pytest

from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_changes_without_a_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:  # makemigrations --check exits 1 when one is missing
        pytest.fail(f"Missing migration (exit {exit_.code}):\n{out.getvalue()}")


def test_system_checks_are_clean():
    call_command("check", "--fail-level", "WARNING")


def module_imports() -> dict[str, set[str]]:
    """For each module of the project's own packages, the project modules it imports."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    own = ("pages", "regionsite")
    modules = {}
    for package in own:
        for path in (root / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
            modules[name] = ast.parse(path.read_text(), filename=str(path))
    imports = {}
    for name, tree in modules.items():
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            found |= {target for target in targets if target in modules and target != name}
        imports[name] = found
    return imports


def test_the_project_modules_import_each_other_without_a_cycle():
    """Imports inside functions count too: hiding a cycle there still ties modules together.
    The ``pages.models`` package counts like any module (a module the models import names a
    model by ``apps.get_model`` instead of importing it back)."""
    imports = module_imports()
    visiting, done, cycles = [], set(), []

    def visit(module):
        if module in visiting:
            cycles.append([*visiting[visiting.index(module) :], module])
            return
        if module in done:
            return
        visiting.append(module)
        for target in sorted(imports.get(module, ())):
            visit(target)
        visiting.pop()
        done.add(module)

    for module in sorted(imports):
        visit(module)
    assert cycles == []


def test_the_organisation_name_is_written_in_one_place():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sources = [
        *(root / "pages").rglob("*.py"),
        *(root / "regionsite").rglob("*.py"),
        *(root / "templates").rglob("*.html"),
    ]
    # Seed content and block examples are editors' text, which may name the region.
    written = [
        str(path.relative_to(root))
        for path in sources
        if "Region Gävleborg" in path.read_text()
        and not {"seed", "migrations"} & set(path.parts)
        and path.name != "blocks.py"
    ]
    assert written == ["regionsite/identity.py"]


# The architecture doc is a map a newcomer trusts: it must name what the code has.
ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"


def test_the_architecture_doc_lists_the_middleware_in_the_settings_order():
    from django.conf import settings

    doc = ARCHITECTURE.read_text()
    rows = re.findall(r"^\s*\| `([\w.]+Middleware)` \|", doc, flags=re.MULTILINE)
    assert rows == list(settings.MIDDLEWARE)


def test_the_architecture_doc_names_every_module_and_test_file():
    doc = ARCHITECTURE.read_text()
    missing = []
    for package in ("pages", "regionsite"):
        for path in sorted((ROOT / package).iterdir()):
            name = path.relative_to(ROOT).as_posix()
            if path.name.startswith(("_", ".")) or path.name in {"migrations", "templatetags"}:
                continue
            if path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists()):
                if name not in doc:
                    missing.append(name)
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if path.relative_to(ROOT).as_posix() not in doc:
            missing.append(path.relative_to(ROOT).as_posix())
    assert not missing, f"docs/architecture.md does not mention: {missing}"
