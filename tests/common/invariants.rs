//! The invariants every attribution must satisfy, whatever the input:
//! spans inside the text on char boundaries, content inside its quote, a
//! speaker outside its own quote's content and consistent with its entity,
//! quotes in order of start, quotes with marks not overlapping. Used by the
//! property tests and the hostile-document tests.

use quotative::{Attribution, QuoteKind, Span};

/// Fails with the formatted message when the condition does not hold.
macro_rules! ensure {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return Err(format!($($fmt)+));
        }
    };
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    ensure!(
        span.start <= span.end && span.end <= text.len(),
        "{} {} is outside the text of {} bytes",
        what,
        span,
        text.len()
    );
    ensure!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{} {} is not on char boundaries",
        what,
        span
    );
    Ok(())
}

/// Every invariant of an attribution of `text`, or the first that fails.
pub fn check(text: &str, result: &Attribution) -> Result<(), String> {
    for (i, q) in result.quotes.iter().enumerate() {
        check_span(text, q.span, &format!("quote #{i} span"))?;
        check_span(text, q.content, &format!("quote #{i} content"))?;
        ensure!(
            q.span.contains(q.content),
            "quote #{} content {} is outside its span {}",
            i,
            q.content,
            q.span
        );
        if let Some(cue) = q.cue {
            check_span(text, cue, &format!("quote #{i} cue"))?;
        }
        ensure!(
            (0.0..=1.0).contains(&q.confidence),
            "quote #{} confidence {}",
            i,
            q.confidence
        );
        if q.kind == QuoteKind::Scare {
            ensure!(q.speaker.is_none(), "scare quote #{} has a speaker", i);
        }
        if let Some(speaker) = &q.speaker {
            check_span(text, speaker.mention, &format!("quote #{i} speaker"))?;
            ensure!(
                !q.content.contains(speaker.mention) || speaker.mention.is_empty(),
                "quote #{} speaker mention {} ({:?}) lies inside its content {}",
                i,
                speaker.mention,
                speaker.mention.as_str(text),
                q.content
            );
            if let Some(e) = speaker.entity {
                ensure!(
                    e < result.entities.len(),
                    "quote #{} speaker entity {} of {}",
                    i,
                    e,
                    result.entities.len()
                );
                let entity = &result.entities[e];
                ensure!(
                    speaker.name == entity.name,
                    "quote #{} speaker name {:?} is not its entity's {:?}",
                    i,
                    speaker.name,
                    entity.name
                );
                ensure!(
                    entity.mentions.contains(&speaker.mention),
                    "quote #{} speaker mention {} is not a mention of its entity {:?}",
                    i,
                    speaker.mention,
                    entity
                );
            }
        }
    }
    ensure!(
        result
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotes are not in order of start"
    );
    // One clause is reported once, whatever the number of its cues.
    ensure!(
        result
            .quotes
            .windows(2)
            .all(|w| !(w[0].span == w[1].span && w[0].kind == w[1].kind)),
        "a quote is reported twice"
    );
    // Quotation marks pair like brackets: quotes found by their marks
    // never overlap (reported speech may contain them).
    let marked: Vec<Span> = result
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    ensure!(
        marked.windows(2).all(|w| w[0].end <= w[1].start),
        "quotes with marks overlap: {:?}",
        marked
    );
    for (i, entity) in result.entities.iter().enumerate() {
        for &m in &entity.mentions {
            check_span(text, m, &format!("entity #{i} mention"))?;
        }
        ensure!(
            entity.mentions.windows(2).all(|w| w[0].start < w[1].start),
            "entity #{} mentions are not in order: {:?}",
            i,
            entity.mentions
        );
    }
    Ok(())
}
