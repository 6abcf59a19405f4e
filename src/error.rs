//! The crate's one error type.

use std::fmt;

/// An error from building an [`Attributor`](crate::Attributor) or from
/// attributing untrusted bytes.
///
/// The error says what was wrong and where: the byte offset of invalid
/// UTF-8, both sizes when the input is over the limit, or the builder item
/// that was rejected. Its internals are private so that they can grow; ask
/// it with the accessor methods.
///
/// # Examples
///
/// Invalid UTF-8 names its byte offset:
///
/// ```
/// let attributor = quotative::Attributor::new();
/// let err = attributor.attribute_bytes(b"He said \xff hi").unwrap_err();
/// assert_eq!(err.utf8_offset(), Some(8));
/// assert!(err.to_string().contains("byte offset 8"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
enum ErrorKind {
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("input is {len} bytes, over the configured maximum of {max} bytes")]
    TooLarge { len: usize, max: usize },
    #[error("invalid builder setting: {what}")]
    Config { what: String },
}

impl Error {
    pub(crate) fn invalid_utf8(offset: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidUtf8 { offset },
        }
    }

    pub(crate) fn too_large(len: usize, max: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge { len, max },
        }
    }

    pub(crate) fn config(what: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config { what: what.into() },
        }
    }

    /// The byte offset of the first invalid UTF-8 sequence, when that is
    /// what went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = quotative::Attributor::new().attribute_bytes(b"ok \xc3").unwrap_err();
    /// assert_eq!(err.utf8_offset(), Some(3));
    /// ```
    pub fn utf8_offset(&self) -> Option<usize> {
        match self.kind {
            ErrorKind::InvalidUtf8 { offset } => Some(offset),
            _ => None,
        }
    }

    /// The input length and the configured maximum, when the input was
    /// too large.
    ///
    /// # Examples
    ///
    /// ```
    /// let attributor = quotative::Attributor::builder().max_input_len(4).build().unwrap();
    /// let err = attributor.attribute_bytes(b"too long").unwrap_err();
    /// assert_eq!(err.size_limit(), Some((8, 4)));
    /// ```
    pub fn size_limit(&self) -> Option<(usize, usize)> {
        match self.kind {
            ErrorKind::TooLarge { len, max } => Some((len, max)),
            _ => None,
        }
    }

    /// Whether the error comes from a rejected builder setting.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = quotative::Attributor::builder().cue_verb("").build().unwrap_err();
    /// assert!(err.is_config());
    /// ```
    pub fn is_config(&self) -> bool {
        matches!(self.kind, ErrorKind::Config { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {}
