//! The native CLI: single documents, JSONL streams, offset units and bad input.
#![cfg(not(target_arch = "wasm32"))] // native only: wasm tests live in tests/wasm.rs

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotelight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the quotelight binary runs");
    // Written from another thread: a large input could otherwise fill the output pipe
    // while this thread is still writing, and neither side would go on.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const TEXT: &str = "😀 “We will win,” she said.";

#[test]
fn single_document_from_stdin_in_each_unit() {
    let want = [("utf16", 3, 17), ("codepoint", 2, 16), ("byte", 5, 23)];
    for (unit, s, e) in want {
        let out = run(&["--offsets", unit], TEXT.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v = &json(&out.stdout)[0];
        assert_eq!(
            (
                v["quotes"][0]["start"].as_u64(),
                v["quotes"][0]["end"].as_u64()
            ),
            (Some(s), Some(e)),
            "{unit}"
        );
        assert_eq!(v["quotes"][0]["speaker"], serde_json::Value::Null);
        assert!(v["boilerplate"].as_array().is_some() && v["speakers"].as_array().is_some());
    }
}

#[test]
fn single_document_from_a_file() {
    let dir = std::env::temp_dir().join(format!("quotelight-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.txt");
    std::fs::write(&f, "He said: “Yes, we can do it.”\r\n").unwrap();
    let out = run(&[f.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(json(&out.stdout)[0]["quotes"][0]["start"], 9);
    let missing = run(&[dir.join("none.txt").to_str().unwrap()], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("none.txt"));
}

#[test]
fn invalid_utf8_document_fails_plainly() {
    let out = run(&[], b"abc \xff\xfe def");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not valid UTF-8 (at byte 4)"), "{err}");
}

#[test]
fn jsonl_stream_reports_bad_lines_and_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(
        b"{\"id\":\"a\",\"text\":\"\\u201cOne two three four,\\u201d he said.\"}\n",
    );
    input.extend_from_slice(b"not json at all\n");
    input.extend_from_slice(b"{\"id\":\"c\",\"text\":\"caf\xff\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\":7}\n");
    input.extend_from_slice(b"{\"id\":\"e\",\"text\":\"\"}\r\n");
    let out = run(&["--jsonl"], &input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed line makes the exit code 1"
    );
    let lines = json(&out.stdout);
    assert_eq!(lines.len(), 5, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["quotes"][0]["start"], 0);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 2: not JSON"));
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 3: not valid UTF-8"));
    assert_eq!(lines[3]["id"], 7);
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("line 5: no \"text\" field"));
    assert_eq!(lines[4]["id"], "e");
    assert_eq!(lines[4]["quotes"].as_array().unwrap().len(), 0);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2:")
            && err.contains("line 3:")
            && err.contains("line 5:")
            && err.contains("3 line(s) failed"),
        "{err}"
    );
}

#[test]
fn bad_options_are_named() {
    let out = run(&["--offsets", "words"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown offset unit \"words\""));
    let out = run(&["--frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--help"], b"");
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("--jsonl"));
}

#[test]
fn layers_and_language_options() {
    let text = "“We will win this fight,” Jane Doe said.\n\nSign up for our newsletter!";
    let out = run(&["--layers", "quotes"], text.as_bytes());
    let v = &json(&out.stdout)[0];
    assert_eq!(v["quotes"].as_array().unwrap().len(), 1);
    assert_eq!(v["quotes"][0]["speaker"], serde_json::Value::Null);
    assert_eq!(v["boilerplate"].as_array().unwrap().len(), 0);
    let out = run(&["--language", "de"], text.as_bytes());
    assert!(out.status.success());
    let out = run(&["--layers", "quotes,ads"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown layer \"ads\""));
}

const PAGE: &str = "<html><head><title>Bridge vote | The Daily</title>\
<meta name=author content='Jane Doe'><meta property=article:published_time content=2024-03-05>\
</head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><h1>Bridge vote</h1>\
<p>The city council voted on Tuesday to fund the new bridge across the river, ending a debate \
that had run for more than a decade.</p><p>“This is the day we start building,” Mayor Ana \
Lindqvist said after the vote, which passed by nine votes to four.</p>\
<footer>© 2024 The Daily. All rights reserved.</footer><script>alert(1)</script></body></html>";

#[test]
fn html_pages_give_text_article_and_analysis() {
    let out = run(&["--html", "--offsets", "codepoint"], PAGE.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = &json(&out.stdout)[0];
    let text = v["text"].as_str().unwrap();
    assert!(!text.contains("alert"));
    let article = &v["article"];
    assert_eq!(article["title"], "Bridge vote");
    assert_eq!(article["author"], "Jane Doe");
    assert_eq!(article["date"], "2024-03-05");
    let body = article["body"].as_str().unwrap();
    assert!(
        body.starts_with("The city council") && body.ends_with("nine votes to four."),
        "{body}"
    );
    let chars: Vec<char> = text.chars().collect();
    let q = &v["quotes"][0];
    let (s, e) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "“This is the day we start building,”"
    );
    assert_eq!(q["speaker"]["name"], "Ana Lindqvist");
    let kinds: Vec<&str> = v["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"header"));
    assert_eq!(kinds.last(), Some(&"footer"));
}

#[test]
fn html_body_alone_and_in_jsonl() {
    let out = run(&["--html", "--body"], PAGE.as_bytes());
    let body = String::from_utf8(out.stdout).unwrap();
    assert!(
        body.starts_with("The city council voted")
            && body.trim_end().ends_with("nine votes to four.")
    );
    let line = serde_json::json!({"id": 7, "html": PAGE}).to_string() + "\n";
    let mixed = line.clone()
        + "{\"id\":8,\"text\":\"“Yes,” Ana Lindqvist said.\"}\n{\"id\":9,\"html\":3}\n";
    let out = run(&["--jsonl"], mixed.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines = json(&out.stdout);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["article"]["title"], "Bridge vote");
    assert_eq!(lines[1]["quotes"][0]["speaker"]["name"], "Ana Lindqvist");
    assert_eq!(lines[2]["error"], "line 3: \"html\" is not a string");
    let out = run(&["--jsonl", "--body"], line.as_bytes());
    let lines = json(&out.stdout);
    assert_eq!(lines[0]["id"], 7);
    assert!(lines[0]["body"]
        .as_str()
        .unwrap()
        .starts_with("The city council"));
}

#[test]
fn hostile_html_is_read_not_run() {
    let mut junk: Vec<u8> = (0..=255u8).cycle().take(200_000).collect();
    junk.extend_from_slice(b"<p>after junk</p>");
    for page in [
        junk,
        "<div>".repeat(100_000).into_bytes(),
        b"<p onclick=alert(1)>x<img src=x onerror=alert(2)><!-- <p>c --><![CDATA[ z ]]>&amp;&#x1F600;&bogus;</p>"
            .to_vec(),
        Vec::new(),
    ] {
        let out = run(&["--html"], &page);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let v = &json(&out.stdout)[0];
        assert!(v["text"].is_string());
    }
    let out = run(
        &["--html"],
        b"<p onclick=alert(1)>x &amp; &#x1F600; &bogus;</p>",
    );
    assert_eq!(json(&out.stdout)[0]["text"], "x & 😀 &bogus;");
}

#[test]
fn jsonl_on_threads_keeps_input_order() {
    let mut corpus = String::new();
    for i in 0..500 {
        if i % 97 == 3 {
            corpus.push_str("not json\n");
        } else if i % 50 == 7 {
            corpus.push_str(&(serde_json::json!({"id": i, "html": PAGE}).to_string() + "\n"));
        } else {
            let text = format!("“Point {i} stands,” Senator Jo Rivera said.\n\n").repeat(1 + i % 7);
            corpus.push_str(&(serde_json::json!({"id": i, "text": text}).to_string() + "\n"));
        }
    }
    let one = run(&["--jsonl", "--threads", "1"], corpus.as_bytes());
    let three = run(&["--jsonl", "--threads", "3"], corpus.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(one.stdout, three.stdout);
    assert_eq!(one.stderr, three.stderr);
    let lines = json(&three.stdout);
    assert_eq!(lines.len(), 500);
    assert_eq!(lines[4]["id"], 4);
    assert_eq!(
        lines[3]["error"].as_str().unwrap().get(..7),
        Some("line 4:")
    );
    let bad = run(&["--jsonl", "--threads", "0"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--threads needs a whole number"));
}

#[test]
fn body_of_a_text_is_the_text_without_its_boilerplate() {
    let text = "Menu\n\n“It is done,” Mayor Ana Lindqvist said on Tuesday after the vote.\n\n\
                The council will meet again in May.\n\nSign up for our newsletter!\n";
    let out = run(&["--body"], text.as_bytes());
    assert!(out.status.success());
    let body = String::from_utf8(out.stdout).unwrap();
    assert!(
        body.contains("“It is done,” Mayor Ana Lindqvist said"),
        "{body}"
    );
    assert!(body.contains("The council will meet again in May."));
    assert!(!body.contains("newsletter"), "{body}");
    let line = serde_json::json!({"id": "t", "text": text}).to_string() + "\n";
    let lines = json(&run(&["--jsonl", "--body"], line.as_bytes()).stdout);
    assert_eq!(lines[0]["id"], "t");
    assert_eq!(lines[0]["body"].as_str().unwrap(), body.trim_end());
}
