"""The Python API: results, offsets in code points, options and their errors, batches."""

from __future__ import annotations

import json
import subprocess

import pytest

import quotelight

ARTICLE = (
    "“We want every nation to work together,” Secretary of State Mike Pompeo said on Tuesday.\n\n"
    "Pompeo added that the talks would go on. “Nothing is settled yet,” he told reporters.\n\n"
    "Sign up for our newsletter!\n"
)


def spans(text: str, items: list) -> list[str]:
    return [text[i["start"] : i["end"]] for i in items]


def test_quotes_speakers_and_boilerplate() -> None:
    a = quotelight.analyze(ARTICLE)
    assert spans(ARTICLE, a["quotes"]) == ["“We want every nation to work together,”", "“Nothing is settled yet,”"]
    assert [q["speaker"]["name"] for q in a["quotes"]] == ["Mike Pompeo", "Mike Pompeo"]
    assert [s["name"] for s in a["speakers"]] == ["Mike Pompeo"]
    assert a["speakers"][0]["quotes"] == [0, 1]
    assert spans(ARTICLE, a["boilerplate"]) == ["Sign up for our newsletter!"]
    assert a["boilerplate"][0]["kind"] == "footer"


def test_offsets_are_python_indices_past_the_bmp() -> None:
    # Emoji are one code point in Python, two UTF-16 units in JS, four bytes in UTF-8.
    text = "😀😀 Ünïcode: “Wir schaffen das,” sagte Angela Merkel. 🎉"
    a = quotelight.analyze(text)
    assert spans(text, a["quotes"]) == ["“Wir schaffen das,”"]
    speaker = a["quotes"][0]["speaker"]
    assert text[speaker["start"] : speaker["end"]] == "Angela Merkel"


def test_lone_surrogates_keep_offsets() -> None:
    text = "\ud800 “We will win,” Ana Lindqvist said. \udfff"
    a = quotelight.analyze(text)
    assert spans(text, a["quotes"]) == ["“We will win,”"]
    assert a["quotes"][0]["speaker"]["name"] == "Ana Lindqvist"


def test_same_json_as_the_cli(cli) -> None:
    text = ARTICLE + "\n😀 „Das ist gut“, sagte der Minister."
    out = subprocess.run([cli, "--offsets", "codepoint"], input=text.encode(), capture_output=True, check=True)
    assert quotelight.analyze_json(text) == out.stdout.decode().rstrip("\n")


def test_layers_and_language() -> None:
    a = quotelight.analyze(ARTICLE, layers={"speakers": False})
    assert len(a["quotes"]) == 2 and a["speakers"] == [] and a["quotes"][0]["speaker"] is None
    assert a["boilerplate"]
    b = quotelight.analyze(ARTICLE, layers=["quotes"])
    assert b["boilerplate"] == [] and b["speakers"] == [] and len(b["quotes"]) == 2
    assert quotelight.analyze(ARTICLE, layers=[])["quotes"] == []
    de = "„Wir bleiben“, sagte Olaf Scholz am Montag in Berlin."
    assert quotelight.analyze(de, language="de")["quotes"][0]["speaker"]["name"] == "Olaf Scholz"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: quotelight.analyze(42), TypeError, "analyze(text): text must be a string, got int"),
        (lambda: quotelight.analyze(b"bytes"), TypeError, "text must be a string, got bytes"),
        (lambda: quotelight.analyze("x", language="xx"), ValueError, 'unknown language "xx": expected auto, en, de, fr or es'),
        (lambda: quotelight.analyze("x", language=1), TypeError, "options.language must be a string"),
        (lambda: quotelight.analyze("x", layers={"quote": True}), ValueError, "unknown field `quote` in options.layers"),
        (lambda: quotelight.analyze("x", layers={"quotes": 1}), TypeError, "options.layers.quotes must be true or false"),
        (lambda: quotelight.analyze("x", layers="quotes"), TypeError, "options.layers must be"),
        (lambda: quotelight.analyze("x", layers=["quote"]), ValueError, "unknown layer 'quote'"),
        (lambda: list(quotelight.analyze_many(["a", 3])), TypeError, "analyze_many(texts): item 1: text must be a string, got int"),
        (lambda: quotelight.analyze_many("abc"), TypeError, "not one string"),
        (lambda: quotelight.analyze_many([], threads=0), ValueError, "threads must be a whole number"),
    ],
)
def test_errors_name_what_to_fix(call, error, message) -> None:
    with pytest.raises(error) as e:
        call()
    assert message in str(e.value)


def test_empty_junk_and_long_texts(cli) -> None:
    assert quotelight.analyze("") == {"quotes": [], "terms": [], "speakers": [], "boilerplate": []}
    junk = bytes(range(256)).decode("latin-1") * 100
    a = quotelight.analyze(junk)
    for item in a["quotes"] + a["terms"] + a["boilerplate"]:
        assert 0 <= item["start"] <= item["end"] <= len(junk)
    body = ARTICLE.split("Sign up")[0]
    big = body * 20000  # 3.4 MB, 40,000 quotations
    b = quotelight.analyze(big)
    assert len(b["quotes"]) == 40000
    assert spans(big, b["quotes"][-1:]) == ["“Nothing is settled yet,”"]
    out = subprocess.run([cli, "--offsets", "codepoint"], input=big.encode(), capture_output=True, check=True)
    assert quotelight.analyze_json(big) == out.stdout.decode().rstrip("\n")


def test_too_long_text_is_refused() -> None:
    with pytest.raises(ValueError, match="the limit is 67108864"):
        quotelight.analyze("a" * (64 * 1024 * 1024 + 1))


def test_analyze_many_keeps_order_over_batches() -> None:
    texts = [f"“Point {i} stands,” Senator Jo Rivera{i % 7} said.\n" * (1 + i % 5) for i in range(300)]
    texts[17] = ""
    texts[123] = "\ud800 lone surrogate “and a quote,” she said."
    one = [quotelight.analyze(t) for t in texts]
    for threads in (1, 2, 3):
        assert list(quotelight.analyze_many(iter(texts), threads=threads)) == one
    assert list(quotelight.analyze_many(texts, layers={"boilerplate": False})) == [
        quotelight.analyze(t, layers={"boilerplate": False}) for t in texts
    ]
    assert list(quotelight.analyze_many([])) == []


def test_to_rows_is_the_csv_export() -> None:
    a = quotelight.analyze(ARTICLE)
    rows = quotelight.to_rows(a, ARTICLE)
    assert rows == [
        {"speaker": "Mike Pompeo", "kind": a["quotes"][0]["kind"], "cue": "said", "start": 0,
         "end": len("“We want every nation to work together,”"), "quotation": "“We want every nation to work together,”"},
        {"speaker": "Mike Pompeo", "kind": a["quotes"][1]["kind"], "cue": "told",
         "start": a["quotes"][1]["start"], "end": a["quotes"][1]["end"], "quotation": "“Nothing is settled yet,”"},
    ]
    json.dumps(rows)  # plain data, ready for pandas.DataFrame(rows) or csv.DictWriter


def test_version_and_typing_marker() -> None:
    import importlib.resources

    assert quotelight.__version__.count(".") == 2
    assert importlib.resources.files("quotelight").joinpath("py.typed").is_file()
    assert importlib.resources.files("quotelight").joinpath("_native.pyi").is_file()


def test_the_core_runs_without_the_gil() -> None:
    """While one thread is inside the core, another runs Python: with the GIL held through
    the call, the counting loop below could not advance until the call returned."""
    import threading

    big = ARTICLE.split("Sign up")[0] * 40000  # 6.8 MB: the call takes a good while
    entering = threading.Event()
    result: list[str] = []

    def work() -> None:
        entering.set()
        result.append(quotelight.analyze_json(big))

    worker = threading.Thread(target=work)
    worker.start()
    entering.wait()
    counted = 0
    while worker.is_alive():
        counted += 1
    worker.join()
    assert json.loads(result[0])["quotes"]
    assert counted > 200_000  # about 2 million here; a few thousand when the GIL is held


def test_threads_share_the_module() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"“Item {i} is done,” Ana Lindqvist{i} said.\n\n" * (i % 9 + 1) for i in range(200)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(quotelight.analyze, texts)) == [quotelight.analyze(t) for t in texts]


PAGE = (
    "<html><head><title>Bridge vote | The Daily</title><meta name=author content='Jane Doe'>"
    "<meta property=article:published_time content=2024-03-05></head><body>"
    "<nav><a href=/>Home</a> <a href=/n>News</a></nav><h1>Bridge vote</h1>"
    "<p>😀 The city council voted on Tuesday to fund the new bridge across the river, ending a debate "
    "that had run for more than a decade.</p><p>“This is the day we start building,” Mayor Ana "
    "Lindqvist said after the vote, which passed by nine votes to four.</p>"
    "<footer>© 2024 The Daily. All rights reserved.</footer><script>alert(1)</script></body></html>"
)


def test_analyze_html_reads_the_page(cli) -> None:
    page = quotelight.analyze_html(PAGE)
    text = page["text"]
    assert "alert" not in text
    assert page["article"]["title"] == "Bridge vote"
    assert page["article"]["author"] == "Jane Doe"
    assert page["article"]["date"] == "2024-03-05"
    assert page["article"]["body"].startswith("😀 The city council")
    q = page["quotes"][0]
    assert text[q["start"] : q["end"]] == "“This is the day we start building,”"
    assert q["speaker"]["name"] == "Ana Lindqvist"
    out = subprocess.run([cli, "--html", "--offsets", "codepoint"], input=PAGE.encode(), capture_output=True, check=True)
    assert page == json.loads(out.stdout)
    # Bytes as saved: declared Latin-1 is read as such.
    latin = "<meta charset=windows-1252><p>“Oui,” dit Zoé Martin.</p>".encode("cp1252")
    assert quotelight.analyze_html(latin)["text"] == "“Oui,” dit Zoé Martin."
    with pytest.raises(TypeError, match="html must be a string or bytes, got int"):
        quotelight.analyze_html(3)
