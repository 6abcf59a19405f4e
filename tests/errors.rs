//! The errors of the library, case by case: invalid UTF-8 names its byte
//! offset, an input over the limit names both sizes, a rejected builder
//! setting names the item; and an empty text is an empty result, not an
//! error.

use quotative::{Attribution, Attributor, Error, KnownSpeaker};

/// (name, bytes, offset of the first invalid byte).
const INVALID_UTF8: &[(&str, &[u8], usize)] = &[
    ("a lone 0xFF", b"\xff", 0),
    ("Latin-1 e-acute", b"caf\xe9", 3),
    ("cut off mid-character at the end", b"ok \xc3", 3),
    ("cut off curly quote", b"He said \xe2\x80", 8),
    ("a stray continuation byte", b"a\x80b", 1),
    ("an overlong slash", b"x\xc0\xaf", 1),
    (
        "an encoded surrogate",
        b"\xe2\x80\x9cHi\xe2\x80\x9d \xed\xa0\x80",
        9,
    ),
    ("past 0x10FFFF", b"ab\xf4\x90\x80\x80", 2),
    (
        "after curly quotes, Greek and an apostrophe",
        b"\xe2\x80\x9c\xce\xa9\xe2\x80\x99s\xe2\x80\x9d said Ana. \xfe",
        23,
    ),
];

#[test]
fn invalid_utf8_is_an_error_naming_the_byte_offset() {
    let attributor = Attributor::new();
    for &(name, bytes, offset) in INVALID_UTF8 {
        for err in [
            attributor.attribute_bytes(bytes).unwrap_err(),
            attributor.check_input(bytes).unwrap_err(),
        ] {
            assert_eq!(err.utf8_offset(), Some(offset), "{name}");
            assert_eq!(err.size_limit(), None, "{name}");
            assert!(!err.is_config(), "{name}");
            let message = err.to_string();
            assert!(message.contains("not valid UTF-8"), "{name}: {message}");
            assert!(
                message.contains(&format!("byte offset {offset}")),
                "{name}: {message}"
            );
        }
    }
}

#[test]
fn input_over_the_limit_is_an_error_naming_both_sizes() {
    let attributor = Attributor::builder().max_input_len(10).build().unwrap();
    for bytes in [&b"eleven byte"[..], b"\xff twelve byte", &[b'a'; 1000]] {
        let err = attributor.attribute_bytes(bytes).unwrap_err();
        assert_eq!(err.size_limit(), Some((bytes.len(), 10)));
        assert_eq!(err.utf8_offset(), None, "the size is checked first");
        let message = err.to_string();
        assert!(
            message.contains(&format!("{} bytes", bytes.len())) && message.contains("10 bytes"),
            "{message}"
        );
    }
    assert!(
        attributor.attribute_bytes(b"ten bytes!").is_ok(),
        "at the limit"
    );
    let zero = Attributor::builder().max_input_len(0).build().unwrap();
    assert_eq!(zero.attribute_bytes(b""), Ok(Attribution::default()));
    assert_eq!(
        zero.attribute_bytes(b"a").unwrap_err().size_limit(),
        Some((1, 0))
    );
}

/// Builds with `speakers` and `cues` and returns the error.
fn build_error(speakers: &[KnownSpeaker], cues: &[&str]) -> Error {
    let mut builder = Attributor::builder();
    builder.speakers(speakers.iter().cloned());
    for cue in cues {
        builder.cue_verb(*cue);
    }
    builder.build().expect_err("the settings are invalid")
}

#[test]
fn builder_misuse_is_an_error_naming_the_item() {
    let ana = || KnownSpeaker::new("Ana Silva");
    let cases: &[(&str, Vec<KnownSpeaker>, &[&str], &str)] = &[
        (
            "an empty name",
            vec![ana(), KnownSpeaker::new("")],
            &[],
            "known speaker #1 has an empty name",
        ),
        (
            "a blank name",
            vec![KnownSpeaker::new(" \t")],
            &[],
            "known speaker #0 has an empty name",
        ),
        (
            "a duplicate name",
            vec![ana(), KnownSpeaker::new("Bo"), ana()],
            &[],
            "duplicate known speaker \"Ana Silva\"",
        ),
        (
            "a duplicate up to case and space",
            vec![ana(), KnownSpeaker::new(" ana silva ")],
            &[],
            "duplicate known speaker \" ana silva \"",
        ),
        (
            "an empty alias",
            vec![ana().alias("Silva").alias("")],
            &[],
            "known speaker \"Ana Silva\" has an empty alias (alias #1)",
        ),
        (
            "a blank alias",
            vec![ana().alias(" ")],
            &[],
            "known speaker \"Ana Silva\" has an empty alias (alias #0)",
        ),
        (
            "an empty cue",
            vec![],
            &["quipped", ""],
            "invalid cue verb \"\"",
        ),
        (
            "a cue of two words",
            vec![],
            &["told reporters"],
            "invalid cue verb \"told reporters\"",
        ),
        (
            "a cue with punctuation",
            vec![],
            &["said."],
            "invalid cue verb \"said.\"",
        ),
        (
            "a cue that starts with a dash",
            vec![],
            &["-ish"],
            "invalid cue verb \"-ish\"",
        ),
        (
            "a cue of digits",
            vec![],
            &["42"],
            "invalid cue verb \"42\"",
        ),
    ];
    for (name, speakers, cues, expected) in cases {
        let err = build_error(speakers, cues);
        assert!(err.is_config(), "{name}");
        assert_eq!(err.utf8_offset(), None, "{name}");
        assert_eq!(err.size_limit(), None, "{name}");
        let message = err.to_string();
        assert!(
            message.contains(expected),
            "{name}: {message:?} lacks {expected:?}"
        );
    }
}

#[test]
fn valid_builder_settings_build() {
    let attributor = Attributor::builder()
        .speaker(KnownSpeaker::new("Ana Silva").alias("Silva"))
        .speaker(KnownSpeaker::new("Ana Silvas"))
        .cue_verb("co-signed")
        .cue_verb("o’er-ruled")
        .cue_verb("Harrumphed")
        .cue_verb("ñapped")
        .build();
    assert!(attributor.is_ok(), "{attributor:?}");
}

#[test]
fn an_empty_text_is_an_empty_result_not_an_error() {
    let attributor = Attributor::new();
    for text in ["", " ", "\n\n", "\u{feff}"] {
        assert_eq!(
            attributor.attribute(text),
            Attribution::default(),
            "{text:?}"
        );
        assert_eq!(
            attributor.attribute_bytes(text.as_bytes()),
            Ok(Attribution::default()),
            "{text:?}"
        );
    }
}
