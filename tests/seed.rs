//! The seed article, attributed end to end and checked against its hand
//! annotation (../shared/seed/article.gold.jsonl), read at test time.

mod common;

use common::shared_text;
use quotative::{Attributor, QuoteKind};
use serde_json::Value;

fn kind(name: &str) -> QuoteKind {
    match name {
        "direct" => QuoteKind::Direct,
        "partial" => QuoteKind::Partial,
        "indirect" => QuoteKind::Indirect,
        "scare" => QuoteKind::Scare,
        other => panic!("unexpected gold kind {other}"),
    }
}

#[test]
fn every_gold_item_of_the_seed_article_is_found_with_its_kind_and_speaker() {
    let Some(gold) = shared_text("seed/article.gold.jsonl") else {
        return;
    };
    let Some(article) = shared_text("seed/article.txt") else {
        return;
    };
    let doc: Value =
        serde_json::from_str(gold.lines().next().expect("gold has a line")).expect("gold is JSON");
    let text = doc["text"].as_str().expect("gold has text");
    assert_eq!(text, article, "the gold text is the article");
    let result = Attributor::new().attribute(text);
    let mut checked = 0;
    for item in doc["quotes"].as_array().expect("gold has quotes") {
        if item["optional"].as_bool() == Some(true) {
            continue;
        }
        let (start, end) = (
            item["start"].as_u64().unwrap() as usize,
            item["end"].as_u64().unwrap() as usize,
        );
        let want = kind(item["kind"].as_str().unwrap());
        let gold_text = &text[start..end];
        let found = result
            .quotes
            .iter()
            .find(|q| q.kind == want && q.span.start < end && start < q.span.end)
            .unwrap_or_else(|| panic!("no {want:?} quote overlaps gold {gold_text:?}"));
        let speaker = found.speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(
            speaker,
            item["speaker"].as_str(),
            "speaker of {gold_text:?} (rule {})",
            found.rule.name()
        );
        checked += 1;
    }
    assert!(checked >= 15, "checked only {checked} gold items");
}

#[test]
fn named_speakers_are_linked_by_canonical_name() {
    let Some(text) = shared_text("seed/article.txt") else {
        return;
    };
    let result = Attributor::new().attribute(&text);
    let said_by = |needle: &str| {
        result
            .quotes
            .iter()
            .find(|q| q.span.as_str(&text).contains(needle))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.name.clone())
    };
    assert_eq!(
        said_by("very serious thing").as_deref(),
        Some("Vladimir Putin")
    );
    assert_eq!(
        said_by("guarantee our own security").as_deref(),
        Some("Mark Rutte")
    );
    assert_eq!(
        said_by("the EU should increase funds").as_deref(),
        Some("Mark Rutte")
    );
    assert_eq!(
        said_by("would not deploy").as_deref(),
        Some("Sergei Ryabkov")
    );
    let he = result
        .quotes
        .iter()
        .find(|q| {
            q.span
                .as_str(&text)
                .contains("the EU should increase funds")
        })
        .unwrap();
    assert_eq!(he.speaker.as_ref().unwrap().mention.as_str(&text), "He");
    let scare = result
        .quotes
        .iter()
        .find(|q| q.span.as_str(&text) == "“hypersonic”")
        .expect("scare quote found");
    assert_eq!(scare.kind, QuoteKind::Scare);
    assert!(scare.speaker.is_none());
}
