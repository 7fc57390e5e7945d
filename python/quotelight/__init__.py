"""quotelight: the direct quotations of a news text, who said each one, and the
boilerplate a web page brings along, from the project's Rust core.

    >>> import quotelight
    >>> text = "“We will win,” Mayor Ana Lindqvist said."
    >>> a = quotelight.analyze(text)
    >>> q = a["quotes"][0]
    >>> text[q["start"]:q["end"]], q["speaker"]["name"]
    ('“We will win,”', 'Ana Lindqvist')

Offsets are Python string indices (code points), end-exclusive, so ``text[start:end]`` is
the span. The result has the fields of the JS API (``quotes``, ``terms``, ``speakers``,
``boilerplate``). The core runs with the GIL released, so threads scale; ``analyze_many``
runs a corpus on every core and yields the results in input order.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Literal, TypedDict, Union

from . import _native

__all__ = [
    "Analysis",
    "Layers",
    "Quote",
    "Row",
    "Article",
    "PageAnalysis",
    "analyze",
    "analyze_html",
    "analyze_json",
    "analyze_many",
    "to_rows",
    "__version__",
]

__version__: str = _native.version()

Language = Literal["auto", "en", "de", "fr", "es"]


class Span(TypedDict):
    start: int
    end: int


class SpeakerRef(TypedDict):
    name: str
    start: int
    end: int


class Quote(TypedDict):
    start: int
    end: int
    kind: Literal["direct", "partial"]
    speaker: SpeakerRef | None
    cue: Span | None


class Term(TypedDict):
    start: int
    end: int
    kind: Literal["term"]


class _SpeakerBase(TypedDict):
    name: str
    mentions: list[Span]
    quotes: list[int]


class Speaker(_SpeakerBase, total=False):
    role: str


class Boilerplate(TypedDict):
    start: int
    end: int
    kind: Literal["header", "footer", "inline"]


class Analysis(TypedDict):
    quotes: list[Quote]
    terms: list[Term]
    speakers: list[Speaker]
    boilerplate: list[Boilerplate]


class Article(TypedDict):
    title: str | None
    author: str | None
    date: str | None
    body: str


class PageAnalysis(Analysis):
    text: str
    article: Article


class Layers(TypedDict, total=False):
    quotes: bool
    speakers: bool
    boilerplate: bool


class Row(TypedDict):
    speaker: str | None
    kind: str
    cue: str | None
    start: int
    end: int
    quotation: str


LayersArg = Union[Layers, Mapping[str, bool], Iterable[str], None]

_LAYERS = ("quotes", "speakers", "boilerplate")
_LANGUAGES = ("auto", "en", "de", "fr", "es")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BATCH_PER_THREAD = 64


def _fail(message: str, error: type[Exception] = ValueError) -> Exception:
    return error(f"analyze(text, options): {message}")


def _layers(layers: LayersArg) -> tuple[bool, bool, bool]:
    """The layers as the native module takes them: a mapping like the JS API's
    ``{"speakers": False}`` (unnamed layers stay on), or the names of the layers wanted,
    as the CLI's ``--layers quotes,speakers``."""
    if layers is None:
        return (True, True, True)
    if isinstance(layers, Mapping):
        on = dict.fromkeys(_LAYERS, True)
        for key, value in layers.items():
            if key not in on:
                raise _fail(f"unknown field `{key}` in options.layers, expected one of {', '.join(_LAYERS)}")
            if not isinstance(value, bool):
                raise _fail(f"options.layers.{key} must be true or false", TypeError)
            on[key] = value
        return (on["quotes"], on["speakers"], on["boilerplate"])
    if isinstance(layers, (str, bytes)) or not isinstance(layers, Iterable):
        raise _fail("options.layers must be an object (a mapping) or a collection of layer names", TypeError)
    names = list(layers)
    for name in names:
        if name not in _LAYERS:
            raise _fail(f"unknown layer {name!r}, expected one of {', '.join(_LAYERS)}")
    return ("quotes" in names, "speakers" in names, "boilerplate" in names)


def _language(language: object) -> str:
    if not isinstance(language, str):
        raise _fail("options.language must be a string", TypeError)
    # The core's own check words the error for an unknown name.
    return language


def _text(text: object, where: str = "analyze(text)") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{where}: text must be a string, got {type(text).__name__}")
    return text


def _clean(text: str) -> str:
    """A lone surrogate (a Python string may hold one; UTF-8 cannot) becomes U+FFFD, one
    code point for one, so every offset stays an index of the caller's string. The JS API
    does the same with lone UTF-16 surrogates."""
    return _SURROGATE.sub("\ufffd", text)


def analyze_json(text: str, *, layers: LayersArg = None, language: Language = "auto") -> str:
    """The analysis as JSON text: byte for byte what ``quotelight --offsets codepoint``
    writes for the same text (the CLI's JSONL lines add an ``"id"`` field in front)."""
    text = _text(text)
    flags, lang = _layers(layers), _language(language)
    try:
        return _native.analyze_json(text, flags, lang)
    except UnicodeEncodeError:
        return _native.analyze_json(_clean(text), flags, lang)


def analyze(text: str, *, layers: LayersArg = None, language: Language = "auto") -> Analysis:
    """Finds the quotations, speakers and boilerplate of ``text``.

    ``layers``: which layers to compute, as a mapping (``{"speakers": False}``) or the names
    wanted (``["quotes"]``); all by default. ``language``: ``"auto"`` (English or German,
    detected), ``"en"``, ``"de"``, ``"fr"`` or ``"es"``. Raises ``TypeError`` for a text
    that is not a ``str`` or an option of the wrong type, ``ValueError`` for an unknown
    option or a text over 64 Mi code points; the messages are the JS API's.
    """
    result: Analysis = json.loads(analyze_json(text, layers=layers, language=language))
    return result


def analyze_html(html: str | bytes, *, layers: LayersArg = None, language: Language = "auto") -> PageAnalysis:
    """Reads a web page (its HTML, as a ``str``): ``text``, the page's visible text in
    reading order, which every offset refers to; ``article``, its ``title``, ``author``,
    ``date`` (ISO ``YYYY-MM-DD``; ``None`` where the page does not say) and ``body``; and
    the quotations, speakers and boilerplate of that text, as ``analyze`` gives them. The
    HTML is parsed, never run: no script, handler or request. ``bytes`` (a page as saved or
    crawled) are decoded as UTF-8, else as the single-byte charset the page declares.
    Errors as ``analyze``'s."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = _native.decode_html(bytes(html))
    if not isinstance(html, str):
        raise TypeError(f"analyze_html(html): html must be a string or bytes, got {type(html).__name__}")
    flags, lang = _layers(layers), _language(language)
    try:
        out = _native.analyze_html_json(html, flags, lang)
    except UnicodeEncodeError:
        out = _native.analyze_html_json(_clean(html), flags, lang)
    result: PageAnalysis = json.loads(out)
    return result


def analyze_many(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    layers: LayersArg = None,
    language: Language = "auto",
) -> Iterator[Analysis]:
    """Analyses every text of ``texts`` on ``threads`` threads (all cores by default) and
    yields the analyses in input order.

    The texts are taken in batches of 64 a thread, so a corpus of any length runs in
    bounded memory; each batch runs in the core with the GIL released.
    """
    flags, lang = _layers(layers), _language(language)
    if threads is None:
        threads = os.cpu_count() or 1
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"analyze_many: threads must be a whole number of at least 1, got {threads!r}")
    if isinstance(texts, str):
        raise TypeError("analyze_many(texts): texts must be an iterable of strings, not one string")
    return _many(iter(texts), threads, flags, lang)


def _batches(texts: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for index, text in enumerate(texts):
        batch.append(_text(text, f"analyze_many(texts): item {index}"))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run(batch: list[str], flags: tuple[bool, bool, bool], lang: str, threads: int) -> list[str]:
    try:
        return _native.analyze_many_json(batch, flags, lang, threads)
    except UnicodeEncodeError:
        return _native.analyze_many_json([_clean(t) for t in batch], flags, lang, threads)


def _many(texts: Iterator[str], threads: int, flags: tuple[bool, bool, bool], lang: str) -> Iterator[Analysis]:
    # One batch runs in the core (GIL released) while the previous one is parsed and
    # handed to the caller: at most two batches are held at once.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending: Future[list[str]] | None = None
        for batch in _batches(texts, threads * _BATCH_PER_THREAD):
            running = pool.submit(_run, batch, flags, lang, threads)
            if pending is not None:
                yield from map(json.loads, pending.result())
            pending = running
        if pending is not None:
            yield from map(json.loads, pending.result())


def to_rows(analysis: Analysis, text: str) -> list[Row]:
    """One row a quotation, as the page's CSV export has them, ready for
    ``pandas.DataFrame(to_rows(a, text))``: the speaker's name (``None`` when unattributed),
    the kind, the cue's words, the offsets and the quoted text (marks included)."""
    rows: list[Row] = []
    for q in analysis["quotes"]:
        speaker, cue = q["speaker"], q["cue"]
        rows.append(
            {
                "speaker": speaker["name"] if speaker else None,
                "kind": q["kind"],
                "cue": text[cue["start"] : cue["end"]] if cue else None,
                "start": q["start"],
                "end": q["end"],
                "quotation": text[q["start"] : q["end"]],
            }
        )
    return rows
