//! Checks shared by the fuzz targets: the invariants every attribution
//! must satisfy, whatever the text. Each check panics with a message that
//! names the broken invariant, so that libFuzzer records the input.

use quotative::{Attribution, QuoteKind, Span};

/// `span` lies within `text`, starts no later than it ends, and sits on
/// char boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span} is outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span} is not on char boundaries"
    );
}

/// Every invariant of an attribution of `text`: spans in bounds and on
/// char boundaries, content inside its quote, quotes in order of start,
/// quotes with marks not overlapping, a speaker never inside the content
/// of its own quote, no speaker for a scare quote, entity indices and
/// mentions valid, confidences in `0.0..=1.0`.
pub fn check_attribution(text: &str, result: &Attribution) {
    for (i, q) in result.quotes.iter().enumerate() {
        check_span(text, q.span, &format!("quote #{i} span"));
        check_span(text, q.content, &format!("quote #{i} content"));
        assert!(
            q.span.contains(q.content),
            "quote #{i} content {} is outside its span {}",
            q.content,
            q.span
        );
        if let Some(cue) = q.cue {
            check_span(text, cue, &format!("quote #{i} cue"));
        }
        assert!(
            (0.0..=1.0).contains(&q.confidence),
            "quote #{i} confidence {}",
            q.confidence
        );
        if q.kind == QuoteKind::Scare {
            assert!(q.speaker.is_none(), "scare quote #{i} has a speaker");
        }
        if let Some(speaker) = &q.speaker {
            check_span(text, speaker.mention, &format!("quote #{i} speaker"));
            assert!(
                speaker.mention.is_empty() || !q.content.contains(speaker.mention),
                "quote #{i} speaker {} ({:?}) lies inside its own content {}",
                speaker.mention,
                speaker.mention.as_str(text),
                q.content
            );
            if let Some(e) = speaker.entity {
                assert!(
                    e < result.entities.len(),
                    "quote #{i} speaker entity {e} of {}",
                    result.entities.len()
                );
                let entity = &result.entities[e];
                assert_eq!(speaker.name, entity.name, "quote #{i} speaker name");
                assert!(
                    entity.mentions.contains(&speaker.mention),
                    "quote #{i} speaker mention {} is not a mention of entity #{e}",
                    speaker.mention
                );
            }
        }
    }
    assert!(
        result
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotes are not in order of start"
    );
    let marked: Vec<Span> = result
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    assert!(
        marked.windows(2).all(|w| w[0].end <= w[1].start),
        "quotes with marks overlap: {marked:?}"
    );
    for (i, entity) in result.entities.iter().enumerate() {
        for &m in &entity.mentions {
            check_span(text, m, &format!("entity #{i} mention"));
        }
        assert!(
            entity.mentions.windows(2).all(|w| w[0].start < w[1].start),
            "entity #{i} mentions are not in order: {:?}",
            entity.mentions
        );
    }
}
