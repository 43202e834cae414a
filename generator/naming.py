"""Turn names from specs (keywords, CJK, punctuation, clashes) into valid, stable Python identifiers."""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[^\W_]+", re.UNICODE)

# Names the generated modules already use (pydantic, typing, our imports).
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "BaseModel",
        "GatewayModel",
        "ConfigDict",
        "Field",
        "Literal",
        "Model",
        "RootModel",
        "Optional",
        "Union",
        "List",
        "Dict",
        "Annotated",
        "Enum",
        "AnyUrl",
        "AwareDatetime",
        "NaiveDatetime",
        "Base64Str",
        "EmailStr",
        "UUID",
        "Decimal",
        "date",
        "datetime",
        "time",
        "timedelta",
        "StrictStr",
        "StrictInt",
        "StrictBool",
        "StrictFloat",
        "Json",
        "FilePath",
        "Path",
    }
)
"""Names that models.py itself imports or that pydantic reserves."""
RESERVED_ARG_NAMES = frozenset({"self"})
"""Names no field argument may take (fields named so are numbered: ``self_2``)."""
RUNTIME_KEYWORDS = ("extra_body", "options", "download_to")
"""Keywords the runtime adds to generated methods. A document's field keeps its own name; a
keyword it would clash with is prefixed ``request_`` (``request_options``) in that method."""
RESERVED_ATTR_NAMES = frozenset(
    {"with_options", "close", "request", "submit_task", "resume", "spec", "upload_file"}
)


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def words(text: str) -> list[str]:
    """Split camelCase, snake_case, kebab-case and punctuated text into words."""
    return _WORD.findall(_normalize(text))


def snake(text: str, *, fallback: str = "value") -> str:
    """A snake_case identifier for text; keywords get a trailing underscore."""
    parts = [w.lower() for w in words(text)]
    name = "_".join(parts) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if not name.isidentifier():
        name = "".join(c if (c + "a").isidentifier() or c.isalnum() else "_" for c in name)
        if not name.isidentifier():
            name = fallback
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal(text: str, *, fallback: str = "Schema") -> str:
    """A PascalCase class name for text."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text))
    if not name:
        return fallback
    if name[0].isdigit():
        name = fallback + name
    if not name.isidentifier():
        name = "".join(c for c in name if ("a" + c).isidentifier()) or fallback
    return name


class NameRegistry:
    """Hands out unique names in one namespace, stable for a given order of requests."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(taken)

    def claim(self, wanted: str, *, sep: str = "_") -> str:
        """Return wanted (made a valid identifier), or it plus the smallest free number suffix.

        Names are kept in NFKC, the form Python reads identifiers in, so two spellings of one
        name (NFC and NFD ``café``) never become one attribute.
        """
        wanted = _normalize(wanted)
        if not wanted.isidentifier():
            wanted = snake(wanted)
        if keyword.iskeyword(wanted) or keyword.issoftkeyword(wanted):
            wanted += "_"
        stem = wanted.rstrip("_") or wanted
        name = wanted if wanted not in self._taken else ""  # a clash is numbered: a_b, a_b_2
        n = 2
        while not name:
            if f"{stem}{sep}{n}" not in self._taken:
                name = f"{stem}{sep}{n}"
            n += 1
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken
