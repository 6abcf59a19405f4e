//! `AttributorBuilder` with arbitrary known speakers, aliases, genders,
//! cue verbs and input limits: `build` returns an error naming the bad
//! item exactly when a setting is invalid (as its documentation says), and
//! never panics; a built attributor keeps its settings, enforces its
//! limit, and attributes text that uses the speakers and cues validly.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use quotative::{Attributor, Gender, KnownSpeaker};

/// Names that make duplicates, blanks and real matches likely.
const NAMES: &[&str] = &[
    "Mark Rutte",
    "mark rutte ",
    "Rutte",
    "Elizabeth Bennet",
    "Lizzy",
    "Ana",
    "ANA",
    "",
    " ",
    "\u{a0}",
    "\t\n",
    "Sen. Ted Cruz",
    "the Kremlin",
    "he",
    "“Quoted”",
    "O’Brien",
    "Ω",
];

/// Cue verbs, valid and not.
const CUES: &[&str] = &[
    "quipped",
    "harrumphed",
    "Said",
    "co-signed",
    "o'er",
    "’twas",
    "",
    " ",
    "two words",
    "-dash",
    "said.",
    "42",
    "é",
    "ñapped",
];

fn string(u: &mut Unstructured, vocabulary: &[&str]) -> Result<String> {
    if u.ratio(3, 4)? {
        Ok(u.choose(vocabulary)?.to_string())
    } else {
        u.arbitrary()
    }
}

fn gender(u: &mut Unstructured) -> Result<Gender> {
    Ok(*u.choose(&[Gender::Female, Gender::Male, Gender::Other, Gender::Unknown])?)
}

/// The settings, read from the fuzz input.
struct Settings {
    speakers: Vec<KnownSpeaker>,
    cues: Vec<String>,
    max_input_len: Option<usize>,
    /// Whether to add the speakers one at a time (`speaker`) or at once
    /// (`speakers`).
    one_by_one: bool,
}

fn settings(u: &mut Unstructured) -> Result<Settings> {
    let mut speakers = Vec::new();
    for _ in 0..u.int_in_range(0..=5)? {
        let mut speaker = KnownSpeaker::new(string(u, NAMES)?).gender(gender(u)?);
        for _ in 0..u.int_in_range(0..=3)? {
            speaker = speaker.alias(string(u, NAMES)?);
        }
        speakers.push(speaker);
    }
    let mut cues = Vec::new();
    for _ in 0..u.int_in_range(0..=3)? {
        cues.push(string(u, CUES)?);
    }
    let max_input_len = match u.int_in_range(0..=3)? {
        0 => None,
        1 => Some(u.int_in_range(0..=256)?),
        2 => Some(usize::MAX),
        _ => Some(u.arbitrary()?),
    };
    Ok(Settings {
        speakers,
        cues,
        max_input_len,
        one_by_one: u.arbitrary()?,
    })
}

/// What the documentation of `build` says is wrong with `settings`, as a
/// piece of text the error message must contain; `None` when they are
/// valid. The checks run in the builder's order: each speaker (empty name,
/// duplicate name, empty alias), then each cue.
fn reference_error(settings: &Settings) -> Option<String> {
    let mut seen = Vec::new();
    for (i, speaker) in settings.speakers.iter().enumerate() {
        let key = speaker.name.trim().to_lowercase();
        if key.is_empty() {
            return Some(format!("#{i}"));
        }
        if seen.contains(&key) {
            return Some(format!("{:?}", speaker.name));
        }
        seen.push(key);
        if let Some(k) = speaker.aliases.iter().position(|a| a.trim().is_empty()) {
            return Some(format!("alias #{k}"));
        }
    }
    for cue in &settings.cues {
        let letters = cue
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if !letters || !cue.starts_with(char::is_alphabetic) {
            return Some(format!("{cue:?}"));
        }
    }
    None
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(settings) = settings(&mut u) else {
        return;
    };
    let rest = u.take_rest();

    let mut builder = Attributor::builder();
    if settings.one_by_one {
        for speaker in &settings.speakers {
            builder.speaker(speaker.clone());
        }
    } else {
        builder.speakers(settings.speakers.clone());
    }
    for cue in &settings.cues {
        builder.cue_verb(cue.clone());
    }
    if let Some(max) = settings.max_input_len {
        builder.max_input_len(max);
    }
    let built = builder.build();

    let attributor = match (built, reference_error(&settings)) {
        (Ok(attributor), None) => attributor,
        (Err(err), Some(item)) => {
            assert!(err.is_config(), "{err}");
            assert_eq!(err.utf8_offset(), None);
            assert_eq!(err.size_limit(), None);
            let message = err.to_string();
            assert!(message.contains(&item), "{message:?} does not name {item}");
            return;
        }
        (Ok(_), Some(item)) => panic!("build accepted an invalid setting ({item})"),
        (Err(err), None) => panic!("build rejected valid settings: {err}"),
    };

    let max = settings
        .max_input_len
        .unwrap_or(quotative::DEFAULT_MAX_INPUT_LEN);
    assert_eq!(attributor.max_input_len(), max);
    assert_eq!(attributor.known_speakers(), &settings.speakers[..]);

    match attributor.attribute_bytes(rest) {
        Err(err) if rest.len() > max => {
            assert_eq!(err.size_limit(), Some((rest.len(), max)));
        }
        Ok(_) if rest.len() > max => panic!("{} bytes accepted over a limit of {max}", rest.len()),
        result => match std::str::from_utf8(rest) {
            Ok(text) => quotative_fuzz::check_attribution(text, &result.expect("valid UTF-8")),
            Err(e) => assert_eq!(result.unwrap_err().utf8_offset(), Some(e.valid_up_to())),
        },
    }

    // The text again, with the speakers and cues in tags around it.
    let mut text = String::from_utf8_lossy(rest).into_owned();
    for speaker in &settings.speakers {
        let alias = speaker.aliases.first().unwrap_or(&speaker.name);
        text.push_str(&format!(
            " “Yes,” said {alias}. {} said: “No.”",
            speaker.name
        ));
    }
    for cue in &settings.cues {
        text.push_str(&format!("\n\n“Maybe,” she {cue}."));
    }
    quotative_fuzz::check_attribution(&text, &attributor.attribute(&text));
});
