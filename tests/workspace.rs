//! `Attributor::attribute_in` with one workspace reused over many
//! documents returns exactly what `attribute` returns for each: nothing of
//! one document is left in the workspace for the next (news, fiction,
//! hostile inputs, a big document then small ones, several attributors),
//! and so does a workspace given back each result (`Workspace::recycle`).

mod common;

use common::hostile;
use quotative::{Attributor, Gender, Genre, KnownSpeaker, Workspace};

const NEWS: &str = "Dutch Prime Minister Mark Rutte said the EU needed US protection.\n\n\
    “We cannot guarantee our own security,” Rutte said. He added that Europe \
    would spend more, according to a spokesman.\n\n\
    Critics said the plan was too expensive. “It is a waste,” said Sen. Ted Cruz, \
    a Republican from Texas, “and we will vote against it.”";

const FICTION: &str = "“How very odd,” said Lizzy.\n\n\
    “Not at all,” replied Mr. Darcy.\n\n\
    “I think it is.”\n\n\
    “Then you are mistaken.”\n\n\
    She laughed. “Did you not think, Mr. Darcy, that I expressed myself well?”\n\n\
    “With great energy.”";

/// The documents, in an order that makes a workspace go from big to small
/// and back, and from one genre and shape to another.
fn documents() -> Vec<String> {
    let mut docs: Vec<String> = vec![
        NEWS.into(),
        FICTION.into(),
        String::new(),
        "“".into(),
        "He said “never mind.\n\nNext paragraph “here” too.".into(),
    ];
    // (a big one, then small ones)
    docs.push(hostile::unclosed_quotes(20_000));
    docs.push(NEWS.into());
    docs.push("“Hi,” he said.".into());
    let paragraphs: String = (0..3_000)
        .map(|i| format!("“Unclosed number {i} it’s open\n\n"))
        .collect();
    docs.push(paragraphs);
    docs.push(FICTION.into());
    docs.push(hostile::only_quote_marks(40_000));
    docs.push(hostile::no_punctuation(60_000));
    docs.push(hostile::one_big_quote(50_000));
    docs.push(hostile::deep_nesting(300));
    docs.push(hostile::only_abbreviations(20_000));
    docs.push(hostile::many_newlines(20_000));
    docs.push(hostile::random_odd_chars(20_000));
    docs.push(hostile::many_tagged_quotes(2_000));
    docs.push(NEWS.repeat(200));
    docs.push(FICTION.repeat(200));
    docs.push(NEWS.into());
    // The shared evaluation data, when it is there: news texts, and the
    // opening of two novels.
    if let Some(jsonl) = common::shared_text("eval/polnear-dev.jsonl") {
        docs.extend(texts(&jsonl).take(40));
    }
    if let Some(jsonl) = common::shared_text("eval/pdnc-dev.jsonl") {
        for novel in texts(&jsonl).take(2) {
            let mut end = novel.len().min(150_000);
            while !novel.is_char_boundary(end) {
                end -= 1;
            }
            docs.push(novel[..end].to_string());
        }
    }
    docs.push(FICTION.into());
    docs.push(String::new());
    docs
}

/// The `text` field of each line of a JSON-lines file.
fn texts(jsonl: &str) -> impl Iterator<Item = String> + '_ {
    jsonl.lines().filter(|l| !l.trim().is_empty()).map(|line| {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        value["text"].as_str().expect("a text").to_string()
    })
}

fn attributors() -> Vec<Attributor> {
    vec![
        Attributor::new(),
        Attributor::builder()
            .speaker(
                KnownSpeaker::new("Elizabeth Bennet")
                    .alias("Lizzy")
                    .gender(Gender::Female),
            )
            .speaker(KnownSpeaker::new("Fitzwilliam Darcy").alias("Mr. Darcy"))
            .cue_verb("quipped")
            .build()
            .unwrap(),
        Attributor::builder().genre(Genre::Fiction).build().unwrap(),
        Attributor::builder().genre(Genre::News).build().unwrap(),
    ]
}

/// Attributes every document with every attributor in one workspace per
/// attributor, checking each result against `attribute`; with
/// `give_back`, each result then goes back to the workspace.
fn each_document_in_one_workspace(give_back: bool) -> Vec<(Attributor, Workspace)> {
    let docs = documents();
    let mut used = Vec::new();
    for attributor in attributors() {
        let mut workspace = Workspace::new();
        for (i, text) in docs.iter().enumerate() {
            let reused = attributor.attribute_in(text, &mut workspace);
            assert!(
                reused == attributor.attribute(text),
                "document {i} ({} bytes) differs with a reused workspace \
                 (results given back: {give_back})",
                text.len()
            );
            if give_back {
                workspace.recycle(reused);
            }
        }
        used.push((attributor, workspace));
    }
    used
}

#[test]
fn one_workspace_over_many_documents_gives_what_attribute_gives() {
    each_document_in_one_workspace(false);
}

#[test]
fn results_given_back_to_the_workspace_change_nothing() {
    for (attributor, mut workspace) in each_document_in_one_workspace(true) {
        // (and a result of another workspace, or of none, may be given
        // back as well)
        workspace.recycle(attributor.attribute(NEWS));
        workspace.recycle(attributor.attribute(NEWS));
        assert!(attributor.attribute_in(FICTION, &mut workspace) == attributor.attribute(FICTION));
    }
}

#[test]
fn one_workspace_shared_by_several_attributors() {
    let docs = documents();
    let attributors = attributors();
    let mut workspace = Workspace::new();
    // (each document by each attributor in turn, backwards this time)
    for (i, text) in docs.iter().enumerate().rev() {
        for (a, attributor) in attributors.iter().enumerate() {
            let reused = attributor.attribute_in(text, &mut workspace);
            assert!(
                reused == attributor.attribute(text),
                "document {i} by attributor {a} differs with a reused workspace"
            );
        }
    }
}

#[test]
fn a_workspace_is_debug_and_send() {
    fn assert_send<T: Send + Default + std::fmt::Debug>() {}
    assert_send::<Workspace>();
    let mut workspace = Workspace::new();
    Attributor::new().attribute_in(NEWS, &mut workspace);
    let shown = format!("{workspace:?}");
    assert!(shown.starts_with("Workspace"), "{shown}");
    // (it holds no text between calls)
    assert!(!shown.contains("Rutte"), "{shown}");
}
