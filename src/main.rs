//! `quotelight`: the command-line face of the library, for files and whole corpora.
//!
//! ```text
//! quotelight [--offsets utf16|codepoint|byte] [--pretty] [FILE]   one text -> one JSON
//! quotelight --jsonl [--offsets …] [FILE]                         {"id","text"} lines -> {"id",…} lines
//! quotelight --html [--body] [FILE]                                 a page -> its analysis (or body)
//! ```
//! JSONL lines may carry `"html"` instead of `"text"`: the page is read as HTML.
//! A bad JSONL line is reported on stderr with its line number, answered on stdout with an
//! `{"id","error"}` record (so output lines stay aligned with input lines), and the rest of
//! the stream is still processed; the exit code is 1 when anything failed.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use quotelight::{analyze_with, Unit};

const USAGE: &str = "\
quotelight: mark quotations, speakers and boilerplate in news text

usage: quotelight [OPTIONS] [FILE]
  FILE                 a UTF-8 text file (standard input when absent or -)
  --jsonl              read {\"id\",\"text\"} (or {\"id\",\"html\"}) JSON lines, write {\"id\", ...analysis} lines
  --html               FILE is a web page: its text as read, its article (title, author, date,
                       body) and the analysis of that text
  --threads N          JSONL: analyse on N threads (default: every core); output stays in order
  --body               print only the article body: of a page, its body blocks; of a text,
                       the text without its boilerplate (JSONL: {\"id\",\"body\"} lines)
  --offsets UNIT       utf16 (default, JavaScript indices), codepoint or byte
  --layers LIST        the layers to compute, comma-separated: quotes,speakers,boilerplate (all)
  --language LANG      auto (default), en, de, fr or es
  --pretty             indent the JSON of a single document
  -h, --help           this help
  -V, --version        the version
";

struct Options {
    jsonl: bool,
    threads: usize,
    html: bool,
    body: bool,
    pretty: bool,
    unit: Unit,
    analysis: quotelight::Options,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut o = Options {
        jsonl: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        html: false,
        body: false,
        pretty: false,
        unit: Unit::Utf16,
        analysis: Default::default(),
        file: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("quotelight {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--jsonl" => o.jsonl = true,
            "--threads" => {
                let v = args.next().ok_or("--threads needs a number")?;
                o.threads = v.parse().ok().filter(|&t| t > 0).ok_or_else(|| {
                    format!("--threads needs a whole number of at least 1, got {v}")
                })?;
            }
            "--html" => o.html = true,
            "--body" => o.body = true,
            "--pretty" => o.pretty = true,
            "--offsets" => {
                let v = args
                    .next()
                    .ok_or("--offsets needs a unit: utf16, codepoint or byte")?;
                o.unit = v.parse()?;
            }
            s if s.starts_with("--offsets=") => o.unit = s["--offsets=".len()..].parse()?,
            "--layers" => {
                let v = args
                    .next()
                    .ok_or("--layers needs a list: quotes,speakers,boilerplate")?;
                o.analysis.layers = quotelight::Layers::parse_list(&v)?;
            }
            "--language" => {
                let v = args
                    .next()
                    .ok_or("--language needs one of auto, en, de, fr, es")?;
                o.analysis.language = v.parse()?;
            }
            "-" => o.file = None,
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n\n{USAGE}")),
            s => {
                if o.file.is_some() {
                    return Err("give at most one FILE".into());
                }
                o.file = Some(s.to_string());
            }
        }
    }
    Ok(Some(o))
}

fn open_input(file: &Option<String>) -> Result<Box<dyn Read>, String> {
    match file {
        None => Ok(Box::new(io::stdin().lock())),
        Some(path) => File::open(path)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("{path}: {e}")),
    }
}

fn utf8_error(e: std::str::Utf8Error) -> String {
    format!("not valid UTF-8 (at byte {})", e.valid_up_to())
}

/// One text in, one JSON document out.
fn run_single(o: &Options, out: &mut impl Write) -> Result<(), String> {
    let name = o.file.clone().unwrap_or_else(|| "standard input".into());
    let mut bytes = Vec::new();
    open_input(&o.file)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    if o.html {
        let html = quotelight::html::native::decode(&bytes);
        let out_text = page_output(&html, o, o.pretty);
        return writeln!(out, "{out_text}").map_err(|e| e.to_string());
    }
    let text = std::str::from_utf8(&bytes).map_err(|e| format!("{name}: {}", utf8_error(e)))?;
    if o.body {
        // The text without what the boilerplate layer flags.
        let a = analyze_with(text, &o.analysis);
        return writeln!(out, "{}", quotelight::body_text(text, &a)).map_err(|e| e.to_string());
    }
    let a = analyze_with(text, &o.analysis).to_unit(text, o.unit);
    let json = if o.pretty {
        serde_json::to_string_pretty(&a)
    } else {
        serde_json::to_string(&a)
    };
    writeln!(out, "{}", json.map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}

/// A page's output: with `--body` the body text (JSON-quoted when `quoted`), else
/// `{"text", "article", ...analysis}` with offsets into `text`.
fn page_output(html: &str, o: &Options, pretty: bool) -> String {
    let page = quotelight::html::analyze_html(html, &o.analysis).to_unit(o.unit);
    if o.body {
        return if o.jsonl {
            serde_json::Value::String(page.article.body).to_string()
        } else {
            page.article.body
        };
    }
    let json = if pretty {
        serde_json::to_string_pretty(&page)
    } else {
        serde_json::to_string(&page)
    };
    json.unwrap_or_default()
}

/// Handles one JSONL line; `Err` carries the id (if it was readable) and the message.
fn jsonl_line(line: &[u8], o: &Options) -> Result<String, (serde_json::Value, String)> {
    let null = serde_json::Value::Null;
    let s = std::str::from_utf8(line).map_err(|e| (null.clone(), utf8_error(e)))?;
    let v: serde_json::Value =
        serde_json::from_str(s).map_err(|e| (null.clone(), format!("not JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    if let Some(html) = v.get("html") {
        let Some(html) = html.as_str() else {
            return Err((id, "\"html\" is not a string".into()));
        };
        let out = page_output(html, o, false);
        return Ok(if o.body {
            format!("{{\"id\":{id},\"body\":{out}}}")
        } else {
            format!("{{\"id\":{id},{}", out.get(1..).unwrap_or_default())
        });
    }
    let text = match v.get("text") {
        Some(serde_json::Value::String(t)) => t,
        Some(_) => return Err((id, "\"text\" is not a string".into())),
        None => return Err((id, "no \"text\" field".into())),
    };
    if o.body {
        let body = quotelight::body_text(text, &analyze_with(text, &o.analysis));
        return Ok(format!(
            "{{\"id\":{id},\"body\":{}}}",
            serde_json::Value::String(body)
        ));
    }
    let a = serde_json::to_string(&analyze_with(text, &o.analysis).to_unit(text, o.unit))
        .map_err(|e| (id.clone(), e.to_string()))?;
    Ok(format!("{{\"id\":{},{}", id, &a[1..]))
}

/// A stream of `{"id","text"}` (or `{"id","html"}`) lines; returns how many lines failed.
///
/// Lines are read in batches (at most [`BATCH_LINES`] lines a thread or [`BATCH_BYTES`]),
/// each batch analysed on `--threads` threads that take the next line from a shared
/// counter, and written in input order before the next batch is read: every core works,
/// the output is the one a single thread gives, and memory stays bounded by the batch.
fn run_jsonl(o: &Options, out: &mut impl Write) -> Result<usize, String> {
    let mut input = BufReader::new(open_input(&o.file)?);
    let threads = o.threads.max(1);
    let mut failed = 0;
    let mut n = 0;
    let mut eof = false;
    while !eof {
        // (line number, line)
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_LINES * threads && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            let read = input
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("reading line {}: {e}", n + 1))?;
            if read == 0 {
                eof = true;
                break;
            }
            n += 1;
            bytes += line.len();
            if !line.trim_ascii().is_empty() {
                batch.push((n, line));
            }
        }
        let results = process_batch(&batch, o, threads);
        for ((n, _), result) in batch.iter().zip(results) {
            let record = match result {
                Ok(r) => r,
                Err((id, msg)) => {
                    failed += 1;
                    eprintln!("quotelight: line {n}: {msg}");
                    serde_json::json!({ "id": id, "error": format!("line {n}: {msg}") }).to_string()
                }
            };
            writeln!(out, "{record}").map_err(|e| e.to_string())?;
        }
    }
    Ok(failed)
}

/// Lines a thread takes in one batch of `run_jsonl`.
const BATCH_LINES: usize = 64;
/// Bytes of input in one batch at most (a batch of long pages stops early).
const BATCH_BYTES: usize = 64 << 20;

type LineResult = Result<String, (serde_json::Value, String)>;

fn process_batch(batch: &[(usize, Vec<u8>)], o: &Options, threads: usize) -> Vec<LineResult> {
    // A worker that panicked would lose its lines: the analysis never panics, and should
    // it, the process fails loudly rather than writing a short stream.
    quotelight::parallel::map_in_order(batch, threads, |(_, line)| jsonl_line(line.trim_ascii(), o))
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quotelight: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if o.jsonl {
        run_jsonl(&o, &mut out).inspect(|&failed| {
            if failed > 0 {
                eprintln!("quotelight: {failed} line(s) failed");
            }
        })
    } else {
        run_single(&o, &mut out).map(|_| 0)
    };
    let flushed = out.flush();
    match result {
        Ok(0) if flushed.is_ok() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quotelight: {e}");
            ExitCode::from(1)
        }
    }
}
